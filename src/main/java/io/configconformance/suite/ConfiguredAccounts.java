package io.configconformance.suite;

import io.configconformance.client.CredentialSource;
import io.configconformance.client.Credentials;
import io.configconformance.client.TestAccount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The accounts of a real endpoint, configured the ways Alibaba Cloud users keep credentials: the environment
 * variables ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_SECURITY_TOKEN with
 * CONFORMANCE_ACCOUNT_ID (for the individual role; CONFORMANCE_ACCOUNT_ID alone asks the SDKs' default chain), a role
 * file (--credentials: keys, a RAM role to assume, an OIDC token, a credentials URI) and profiles of the aliyun CLI's
 * ~/.aliyun/config.json (--aliyun-profiles role=profile@AccountId,..., every mode in {@link CredentialModes}). Every account of a role whose scenarios read
 * its account ID (individual, management, member) must come with it; an unknown role is refused. A role nobody
 * configured skips the scenarios that need it.
 */
public final class ConfiguredAccounts implements AccountSource {

    /** An Alibaba Cloud account ID: a positive number of up to 18 digits. */
    static final Pattern ACCOUNT_ID = Pattern.compile("[1-9][0-9]{0,17}");
    static final String EXAMPLE_ACCOUNT_ID = "1713220985231111";
    /** The roles whose scenarios read the account's ID; unauthorized, a RAM user, needs none. */
    static final Set<String> ROLES_WITH_ACCOUNT_ID = Set.of("individual", "management", "member");

    private final Map<String, TestAccount> roles;
    private final List<TestAccount> members;

    ConfiguredAccounts(Map<String, TestAccount> roles, List<TestAccount> members) {
        this.roles = Map.copyOf(roles);
        this.members = List.copyOf(members);
    }

    /** What this machine configures: the run options, the process environment and ~/.aliyun/config.json. */
    public static ConfiguredAccounts ofThisMachine(RunOptions options) {
        return load(options, System.getenv(), Path.of(System.getProperty("user.home"), ".aliyun", "config.json"));
    }

    /**
     * Everything the options and the environment configure; fails with a one-line reason when a source is unreadable,
     * names an unknown role or lacks an account ID a role needs. The environment gives the individual role only when
     * neither the profiles nor the role file do.
     */
    public static ConfiguredAccounts load(RunOptions options, Map<String, String> environment, Path aliyunConfig) {
        Map<String, TestAccount> roles = new HashMap<>();
        List<TestAccount> members = new ArrayList<>();
        if (options.aliyunProfiles().isPresent()) {
            AliyunCliProfiles.load(aliyunConfig, options.aliyunProfiles().get(), roles, members);
        }
        if (options.credentialsFile().isPresent()) {
            RoleFile.load(options.credentialsFile().get(), roles, members);
        }
        if (!roles.containsKey("individual")) {
            fromEnvironment(environment).ifPresent(account -> roles.put("individual", account));
        }
        return new ConfiguredAccounts(roles, members);
    }

    public boolean isEmpty() {
        return roles.isEmpty() && members.isEmpty();
    }

    /** Every secret and token configured as such, so that a run can prove none of them reached its reports. */
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        List<TestAccount> all = new ArrayList<>(roles.values());
        all.addAll(members);
        for (TestAccount account : all) {
            if (account.source() instanceof Credentials keys) {
                secrets.add(keys.accessKeySecret());
                if (keys.securityToken() != null) {
                    secrets.add(keys.securityToken());
                }
            }
        }
        return secrets;
    }

    /** Every configured account, roles and members, for {@code sweep --journal} to act as the one a run changed. */
    public List<TestAccount> all() {
        List<TestAccount> all = new ArrayList<>(roles.values());
        all.addAll(members);
        return all;
    }

    @Override
    public TestAccount account(String role) {
        TestAccount account = roles.get(role);
        if (account == null) {
            throw new AccountUnavailable("needs credentials for the role '" + role + "' (role file: --credentials,"
                    + " aliyun CLI profiles: --aliyun-profiles" + (role.equals("individual")
                    ? ", or ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET with CONFORMANCE_ACCOUNT_ID)"
                    : ")"));
        }
        return account;
    }

    @Override
    public List<TestAccount> members(TestAccount management, int count) {
        if (members.size() < count) {
            throw new AccountUnavailable("needs " + count + " member accounts of the resource directory, "
                    + members.size() + " configured");
        }
        return members.subList(0, count);
    }

    @Override
    public boolean disposable() {
        return false;
    }

    private static Optional<TestAccount> fromEnvironment(Map<String, String> environment) {
        String id = environment.get("ALIBABA_CLOUD_ACCESS_KEY_ID");
        String secret = environment.get("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
        boolean keys = !(id == null || id.isBlank() || secret == null || secret.isBlank());
        String accountId = environment.getOrDefault("CONFORMANCE_ACCOUNT_ID", "").strip();
        if (!keys && accountId.isEmpty()) {
            return Optional.empty();
        }
        if (accountId.isEmpty()) {
            throw new IllegalArgumentException("ALIBABA_CLOUD_ACCESS_KEY_ID gives the individual role, which needs"
                    + " its account ID: set CONFORMANCE_ACCOUNT_ID to the account ID of ALIBABA_CLOUD_ACCESS_KEY_ID"
                    + " (digits)");
        }
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("CONFORMANCE_ACCOUNT_ID must be the account ID of"
                    + " ALIBABA_CLOUD_ACCESS_KEY_ID (digits), got '" + accountId + "'");
        }
        // Keys in the environment are used as they are; an account ID alone asks the SDKs' default chain.
        CredentialSource source = keys ? new Credentials(id, secret, environment.get("ALIBABA_CLOUD_SECURITY_TOKEN"))
                : CredentialModes.defaultChain("CONFORMANCE_ACCOUNT_ID without ALIBABA_CLOUD_ACCESS_KEY_ID");
        return Optional.of(new TestAccount(Long.parseLong(accountId), "individual", source, null));
    }

    /**
     * Asks every account's source for its credentials once, before anything runs, so that a role that cannot be
     * assumed, a token that cannot be exchanged or a metadata service that is not there stops the run in one line.
     */
    public void verify() {
        List<TestAccount> all = new ArrayList<>(roles.values());
        all.addAll(members);
        for (TestAccount account : all) {
            try {
                account.credentials();
            } catch (AccountUnavailable e) {
                throw new IllegalArgumentException("the " + account.role() + " role: " + e.getMessage());
            }
        }
    }
}
