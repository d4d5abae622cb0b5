package io.configconformance.suite;

import io.configconformance.client.Credentials;
import io.configconformance.client.TestAccount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accounts of a real endpoint, configured the ways Alibaba Cloud users keep credentials: the environment
 * variables ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_SECURITY_TOKEN with
 * CONFORMANCE_ACCOUNT_ID (for the individual role), a role file (--credentials) and profiles of the aliyun CLI's
 * ~/.aliyun/config.json (--aliyun-profiles role=profile@AccountId,...). Every account of a role whose scenarios read
 * its account ID (individual, management, member) must come with it; an unknown role is refused. A role nobody
 * configured skips the scenarios that need it.
 */
public final class ConfiguredAccounts implements AccountSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** An Alibaba Cloud account ID: a positive number of up to 18 digits. */
    static final Pattern ACCOUNT_ID = Pattern.compile("[1-9][0-9]{0,17}");
    static final String EXAMPLE_ACCOUNT_ID = "1713220985231111";
    /** The roles whose scenarios read the account's ID; unauthorized, a RAM user, needs none. */
    static final Set<String> ROLES_WITH_ACCOUNT_ID = Set.of("individual", "management", "member");
    private static final List<String> FILE_ROLES = List.of("individual", "management", "members", "unauthorized");

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
            fromRoleFile(options.credentialsFile().get(), roles, members);
        }
        if (!roles.containsKey("individual")) {
            fromEnvironment(environment).ifPresent(account -> roles.put("individual", account));
        }
        return new ConfiguredAccounts(roles, members);
    }

    public boolean isEmpty() {
        return roles.isEmpty() && members.isEmpty();
    }

    /** Every configured secret and token, so that a run can prove none of them reached its reports. */
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        List<TestAccount> all = new ArrayList<>(roles.values());
        all.addAll(members);
        for (TestAccount account : all) {
            secrets.add(account.credentials().accessKeySecret());
            if (account.credentials().securityToken() != null) {
                secrets.add(account.credentials().securityToken());
            }
        }
        return secrets;
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
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        String accountId = environment.getOrDefault("CONFORMANCE_ACCOUNT_ID", "").strip();
        if (accountId.isEmpty()) {
            throw new IllegalArgumentException("ALIBABA_CLOUD_ACCESS_KEY_ID gives the individual role, which needs"
                    + " its account ID: set CONFORMANCE_ACCOUNT_ID to the account ID of ALIBABA_CLOUD_ACCESS_KEY_ID"
                    + " (digits)");
        }
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("CONFORMANCE_ACCOUNT_ID must be the account ID of"
                    + " ALIBABA_CLOUD_ACCESS_KEY_ID (digits), got '" + accountId + "'");
        }
        return Optional.of(new TestAccount(Long.parseLong(accountId), "individual",
                new Credentials(id, secret, environment.get("ALIBABA_CLOUD_SECURITY_TOKEN")), null));
    }

    private static void fromRoleFile(Path file, Map<String, TestAccount> roles, List<TestAccount> members) {
        JsonNode root = read(file);
        if (!root.isObject()) {
            throw new IllegalArgumentException(file + ": expected an object whose keys are the roles "
                    + String.join(", ", FILE_ROLES));
        }
        for (String key : root.propertyNames()) {
            if (!FILE_ROLES.contains(key)) {
                throw new IllegalArgumentException(file + ": unknown role '" + key + "'; the roles are "
                        + String.join(", ", FILE_ROLES) + " (members is a list of entries)");
            }
        }
        for (String role : List.of("individual", "management", "unauthorized")) {
            if (root.has(role)) {
                roles.put(role, account(root.path(role), role, "the " + role + " entry", file));
            }
        }
        JsonNode list = root.path("members");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new IllegalArgumentException(file + ": members must be a list of entries, one per member account");
        }
        for (int i = 0; i < list.size(); i++) {
            members.add(account(list.get(i), "member", "the members[" + i + "] entry", file));
        }
    }

    private static TestAccount account(JsonNode node, String role, String entry, Path file) {
        String id = node.path("AccessKeyId").asString("");
        String secret = node.path("AccessKeySecret").asString("");
        if (id.isEmpty() || secret.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + entry + " needs AccessKeyId and AccessKeySecret");
        }
        String token = node.path("SecurityToken").asString("");
        return new TestAccount(accountId(node.path("AccountId"), role, entry, file), role,
                new Credentials(id, secret, token.isEmpty() ? null : token), null);
    }

    /** The entry's AccountId, a number or a string of digits; 0 when absent from a role that needs none. */
    private static long accountId(JsonNode value, String role, String entry, Path file) {
        if (value.isMissingNode() || value.isNull()) {
            if (ROLES_WITH_ACCOUNT_ID.contains(role)) {
                throw new IllegalArgumentException(file + ": " + entry + " needs AccountId (a number)");
            }
            return 0;
        }
        String text = value.isIntegralNumber() || value.isString() ? value.asString().strip() : "";
        if (!ACCOUNT_ID.matcher(text).matches()) {
            throw new IllegalArgumentException(file + ": " + entry + " needs AccountId (a positive number of up to 18"
                    + " digits), got " + (value.isContainer() ? "a JSON " + value.getNodeType() : value));
        }
        return Long.parseLong(text);
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException("cannot read credentials from " + file + ": "
                    + e.getClass().getSimpleName());
        }
    }
}
