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
import org.opentest4j.TestAbortedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accounts of a real endpoint, configured the ways Alibaba Cloud users keep credentials: the environment
 * variables ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_SECURITY_TOKEN (for the
 * individual role), a role file (--credentials) and profiles of the aliyun CLI's ~/.aliyun/config.json
 * (--aliyun-profiles role=profile,...). A role nobody configured skips the scenarios that need it.
 */
public final class ConfiguredAccounts implements AccountSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    /** Everything the options and the environment configure; fails with a one-line reason when a source is unreadable. */
    public static ConfiguredAccounts load(RunOptions options, Map<String, String> environment, Path aliyunConfig) {
        Map<String, TestAccount> roles = new HashMap<>();
        List<TestAccount> members = new ArrayList<>();
        fromEnvironment(environment).ifPresent(account -> roles.put("individual", account));
        if (options.aliyunProfiles().isPresent()) {
            fromAliyunCli(aliyunConfig, options.aliyunProfiles().get(), roles, members);
        }
        if (options.credentialsFile().isPresent()) {
            fromRoleFile(options.credentialsFile().get(), roles, members);
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
            throw new TestAbortedException("needs credentials for the role '" + role + "' (role file: --credentials,"
                    + " aliyun CLI profiles: --aliyun-profiles" + (role.equals("individual")
                    ? ", or ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET)" : ")"));
        }
        return account;
    }

    @Override
    public List<TestAccount> members(TestAccount management, int count) {
        if (members.size() < count) {
            throw new TestAbortedException("needs " + count + " member accounts of the resource directory, "
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
        return Optional.of(new TestAccount(accountId(environment.get("CONFORMANCE_ACCOUNT_ID")), "individual",
                new Credentials(id, secret, environment.get("ALIBABA_CLOUD_SECURITY_TOKEN")), null));
    }

    private static void fromRoleFile(Path file, Map<String, TestAccount> roles, List<TestAccount> members) {
        JsonNode root = read(file);
        for (String role : List.of("individual", "management", "unauthorized")) {
            if (root.has(role)) {
                roles.put(role, account(root.path(role), role, file));
            }
        }
        root.path("members").forEach(node -> members.add(account(node, "member", file)));
    }

    private static void fromAliyunCli(Path config, String mapping, Map<String, TestAccount> roles,
                                      List<TestAccount> members) {
        JsonNode root = read(config);
        for (String pair : mapping.split(",")) {
            String[] parts = pair.trim().split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("--aliyun-profiles takes role=profile pairs, got '" + pair + "'");
            }
            JsonNode profile = null;
            for (JsonNode candidate : root.path("profiles")) {
                if (candidate.path("name").asString("").equals(parts[1])) {
                    profile = candidate;
                }
            }
            if (profile == null) {
                throw new IllegalArgumentException("no profile '" + parts[1] + "' in " + config);
            }
            TestAccount account = new TestAccount(0, parts[0], new Credentials(profile.path("access_key_id").asString(""),
                    profile.path("access_key_secret").asString(""),
                    profile.path("sts_token").asString("").isEmpty() ? null : profile.path("sts_token").asString()),
                    null);
            if (parts[0].equals("member")) {
                members.add(account);
            } else {
                roles.put(parts[0], account);
            }
        }
    }

    private static TestAccount account(JsonNode node, String role, Path file) {
        String id = node.path("AccessKeyId").asString("");
        String secret = node.path("AccessKeySecret").asString("");
        if (id.isEmpty() || secret.isEmpty()) {
            throw new IllegalArgumentException(file + ": the " + role + " entry needs AccessKeyId and AccessKeySecret");
        }
        String token = node.path("SecurityToken").asString("");
        return new TestAccount(node.path("AccountId").asLong(0), role,
                new Credentials(id, secret, token.isEmpty() ? null : token), null);
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException("cannot read credentials from " + file + ": "
                    + e.getClass().getSimpleName());
        }
    }

    private static long accountId(String value) {
        return value == null || !value.matches("\\d{1,18}") ? 0 : Long.parseLong(value);
    }
}
