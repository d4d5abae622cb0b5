package io.configconformance.emulator.state;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The accounts and access keys the emulator knows. It starts with one fixed account per role, so that the emulator
 * is usable on its own with credentials that do not change between starts; tests create fresh accounts of a role
 * so that concurrent scenarios never share state.
 */
public final class AccountRegistry {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final long FIRST_GENERATED_ACCOUNT_ID = 1500000000000000L;

    private final Map<String, Account> byAccessKeyId = new ConcurrentHashMap<>();
    private final List<Account> ordered = new ArrayList<>();
    private final AtomicLong nextAccountId = new AtomicLong(FIRST_GENERATED_ACCOUNT_ID);
    private final SecureRandom random = new SecureRandom();

    public AccountRegistry() {
        seedDefaults();
    }

    /** Back to the default accounts only. */
    public synchronized void reset() {
        byAccessKeyId.clear();
        ordered.clear();
        nextAccountId.set(FIRST_GENERATED_ACCOUNT_ID);
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

    /**
     * A new account of the role with fresh credentials. A member joins the directory of {@code managementAccountId};
     * a RAM user without permissions belongs to a new individual account of its own.
     */
    public synchronized Account create(Role role, Long managementAccountId) {
        if (role == Role.MEMBER && findByAccountId(requireManagement(managementAccountId), Role.MANAGEMENT).isEmpty()) {
            throw new IllegalArgumentException("ManagementAccountId " + managementAccountId
                    + " is not a management account of this emulator");
        }
        long accountId = nextAccountId.getAndIncrement();
        Long management = role == Role.MEMBER ? managementAccountId : null;
        return register(new Account(accountId, role, "LTAI" + randomString(20), randomString(30), management));
    }

    private static long requireManagement(Long managementAccountId) {
        if (managementAccountId == null) {
            throw new IllegalArgumentException("a member account needs ManagementAccountId");
        }
        return managementAccountId;
    }

    private void seedDefaults() {
        register(new Account(1300000000000001L, Role.INDIVIDUAL,
                "LTAIemuIndividual0000001", "emulatorIndividualSecret000000001", null));
        register(new Account(1300000000000002L, Role.MANAGEMENT,
                "LTAIemuManagement0000001", "emulatorManagementSecret000000001", null));
        register(new Account(1300000000000003L, Role.MEMBER,
                "LTAIemuMember00000000001", "emulatorMemberSecret00000000000001", 1300000000000002L));
        register(new Account(1300000000000004L, Role.MEMBER,
                "LTAIemuMember00000000002", "emulatorMemberSecret00000000000002", 1300000000000002L));
        register(new Account(1300000000000005L, Role.UNAUTHORIZED,
                "LTAIemuUnauthorized00001", "emulatorUnauthorizedSecret0000001", null));
        register(new Account(1300000000000006L, Role.NONEXISTENT,
                "LTAIemuNonexistent000001", "emulatorNonexistentSecret00000001", null));
    }

    private Account register(Account account) {
        byAccessKeyId.put(account.accessKeyId(), account);
        ordered.add(account);
        return account;
    }

    private String randomString(int length) {
        StringBuilder builder = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            builder.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return builder.toString();
    }
}
