package io.configconformance.emulator.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts, access keys and resource directories the emulator knows. It starts with one fixed account per role,
 * so that the emulator is usable on its own with credentials that do not change between starts; tests create fresh
 * accounts of a role so that concurrent scenarios never share state. Every management account heads a resource
 * directory with a root folder; members sit in one of its folders.
 */
public final class AccountRegistry {

    /** The accounts (default ones included) and the folders kept at most: a caller cannot grow the heap for ever. */
    public static final int MAX_ACCOUNTS = 10_000;
    public static final int MAX_FOLDERS = 10_000;
    private static final long FIRST_GENERATED_ACCOUNT_ID = 1500000000000000L;
    public static final long DEFAULT_MANAGEMENT_ID = 1300000000000002L;

    private final Map<String, Account> byAccessKeyId = new ConcurrentHashMap<>();
    private final List<Account> ordered = new ArrayList<>();
    private final Map<String, Folder> folders = new LinkedHashMap<>();
    private long nextAccountId = FIRST_GENERATED_ACCOUNT_ID;

    public AccountRegistry() {
        seedDefaults();
    }

    /** Back to the default accounts only. */
    public synchronized void reset() {
        byAccessKeyId.clear();
        ordered.clear();
        folders.clear();
        nextAccountId = FIRST_GENERATED_ACCOUNT_ID;
        seedDefaults();
    }

    public Optional<Account> findByAccessKeyId(String accessKeyId) {
        return accessKeyId == null ? Optional.empty() : Optional.ofNullable(byAccessKeyId.get(accessKeyId));
    }

    public synchronized List<Account> all() {
        return List.copyOf(ordered);
    }

    public synchronized Optional<Account> findByAccountId(long accountId, Role role) {
        return ordered.stream().filter(a -> a.accountId() == accountId && a.role() == role).findFirst();
    }

    /** The member accounts of a management account's directory, in creation order. */
    public synchronized List<Account> members(long managementAccountId) {
        return ordered.stream().filter(a -> a.role() == Role.MEMBER
                && Long.valueOf(managementAccountId).equals(a.managementAccountId())).toList();
    }

    public synchronized Optional<Folder> folder(String folderId) {
        return Optional.ofNullable(folders.get(folderId));
    }

    public synchronized List<Folder> folders(long managementAccountId) {
        return folders.values().stream().filter(f -> f.managementAccountId() == managementAccountId).toList();
    }

    /** A new folder in the directory a management account heads. */
    public synchronized Folder createFolder(long managementAccountId) {
        requireManagement(managementAccountId);
        if (folders.size() >= MAX_FOLDERS) {
            throw new KeptTooMany("folders", MAX_FOLDERS);
        }
        return addFolder(new Folder("fd-" + Ids.alphanumeric(10), managementAccountId, false));
    }

    /**
     * A new account of the role with fresh credentials. A member joins the directory of {@code managementAccountId},
     * in {@code folderId} or else the directory's root folder.
     */
    public synchronized Account create(Role role, Long managementAccountId, String folderId) {
        if (ordered.size() >= MAX_ACCOUNTS) {
            throw new KeptTooMany("accounts", MAX_ACCOUNTS);
        }
        Long management = null;
        String folder = null;
        if (role == Role.MEMBER) {
            management = requireManagement(managementAccountId);
            folder = folderId == null ? rootFolder(management).folderId() : folderId;
            Folder found = folders.get(folder);
            if (found == null || found.managementAccountId() != management) {
                throw new IllegalArgumentException("FolderId " + folderId + " is not a folder of the resource directory of "
                        + management);
            }
        }
        long accountId = nextAccountId++;
        return register(new Account(accountId, role, "LTAI" + Ids.alphanumeric(20), Ids.alphanumeric(30), management,
                folder, role.wireName() + "-" + accountId));
    }

    /**
     * {@code count} new accounts of the role, as {@link #create(Role, Long, String)} makes one, or none at all: a batch
     * that would pass {@link #MAX_ACCOUNTS}, or whose directory or folder is wrong, creates nothing.
     */
    public synchronized List<Account> create(Role role, Long managementAccountId, String folderId, int count) {
        if (ordered.size() + (long) count > MAX_ACCOUNTS) {
            throw new KeptTooMany("accounts", MAX_ACCOUNTS);
        }
        List<Account> created = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            created.add(create(role, managementAccountId, folderId)); // the first one checks directory and folder
        }
        return created;
    }

    public Account create(Role role, Long managementAccountId) {
        return create(role, managementAccountId, null);
    }

    private long requireManagement(Long managementAccountId) {
        if (managementAccountId == null || findByAccountId(managementAccountId, Role.MANAGEMENT).isEmpty()) {
            throw new IllegalArgumentException("ManagementAccountId " + managementAccountId
                    + " is not a management account of this emulator");
        }
        return managementAccountId;
    }

    private Folder rootFolder(long managementAccountId) {
        return folders.values().stream().filter(f -> f.root() && f.managementAccountId() == managementAccountId)
                .findFirst().orElseThrow();
    }

    private void seedDefaults() {
        register(new Account(1300000000000001L, Role.INDIVIDUAL,
                "LTAIemuIndividual0000001", "emulatorIndividualSecret000000001", null, null, "individual"));
        register(new Account(DEFAULT_MANAGEMENT_ID, Role.MANAGEMENT,
                "LTAIemuManagement0000001", "emulatorManagementSecret000000001", null, null, "management"));
        String root = rootFolder(DEFAULT_MANAGEMENT_ID).folderId();
        register(new Account(1300000000000003L, Role.MEMBER, "LTAIemuMember00000000001",
                "emulatorMemberSecret00000000000001", DEFAULT_MANAGEMENT_ID, root, "Alice"));
        register(new Account(1300000000000004L, Role.MEMBER, "LTAIemuMember00000000002",
                "emulatorMemberSecret00000000000002", DEFAULT_MANAGEMENT_ID, root, "Tom"));
        register(new Account(1300000000000005L, Role.UNAUTHORIZED,
                "LTAIemuUnauthorized00001", "emulatorUnauthorizedSecret0000001", null, null, "unauthorized"));
        register(new Account(1300000000000006L, Role.NONEXISTENT,
                "LTAIemuNonexistent000001", "emulatorNonexistentSecret00000001", null, null, "nonexistent"));
    }

    private Account register(Account account) {
        byAccessKeyId.put(account.accessKeyId(), account);
        ordered.add(account);
        if (account.role() == Role.MANAGEMENT) {
            addFolder(new Folder("fd-root" + Long.toString(account.accountId(), 36), account.accountId(), true));
        }
        return account;
    }

    private Folder addFolder(Folder folder) {
        folders.put(folder.folderId(), folder);
        return folder;
    }
}
