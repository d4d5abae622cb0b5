package io.configconformance.suite;

import io.configconformance.client.CredentialSource;
import io.configconformance.client.TestAccount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Accounts from profiles of the aliyun CLI's ~/.aliyun/config.json (--aliyun-profiles role=profile@AccountId,...), in
 * every mode the CLI writes that gives credentials without a person at the keyboard ({@link CredentialModes}). A
 * profile holds no account ID, so a role whose scenarios read it gives it after '@'.
 */
final class AliyunCliProfiles {

    private static final List<String> PROFILE_ROLES = List.of("individual", "management", "member", "unauthorized");

    private AliyunCliProfiles() {
    }

    /** One role=profile@AccountId pair of --aliyun-profiles; accountId is 0 for a role that needs none. */
    private record ProfileOfRole(String role, String profile, long accountId) {
    }

    static void load(Path config, String mapping, Map<String, TestAccount> roles,
                                      List<TestAccount> members) {
        List<ProfileOfRole> wanted = new ArrayList<>();
        for (String pair : mapping.split(",")) {
            wanted.add(profileOfRole(pair.trim()));
        }
        if (!Files.isRegularFile(config)) {
            throw new IllegalArgumentException("--aliyun-profiles reads the aliyun CLI's configuration, and there is"
                    + " none at " + config + " (aliyun configure --profile NAME writes it)");
        }
        JsonNode root = RoleFile.read(config);
        Function<String, CredentialModes.CliProfile> profiles = name -> profile(root, name, config);
        for (ProfileOfRole entry : wanted) {
            CredentialSource source = CredentialModes.ofProfile(entry.profile(), profiles, new HashSet<>());
            TestAccount account = new TestAccount(entry.accountId(), entry.role(), source, null);
            if (entry.role().equals("member")) {
                members.add(account);
            } else {
                roles.put(entry.role(), account);
            }
        }
    }

    private static CredentialModes.CliProfile profile(JsonNode root, String name, Path config) {
        for (JsonNode candidate : root.path("profiles")) {
            if (candidate.path("name").asString("").equals(name)) {
                return new CredentialModes.CliProfile() {
                    @Override
                    public String mode() {
                        return candidate.path("mode").asString("");
                    }

                    @Override
                    public String get(String key) {
                        JsonNode value = candidate.path(key);
                        return value.isValueNode() ? value.asString("") : "";
                    }
                };
            }
        }
        throw new IllegalArgumentException("no profile '" + name + "' in " + config);
    }

    private static ProfileOfRole profileOfRole(String pair) {
        String[] parts = pair.split("=", 2);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("--aliyun-profiles takes role=profile@AccountId pairs, got '" + pair
                    + "'");
        }
        String role = parts[0].strip();
        if (!PROFILE_ROLES.contains(role)) {
            throw new IllegalArgumentException("--aliyun-profiles " + pair + ": unknown role '" + role
                    + "'; the roles are " + String.join(", ", PROFILE_ROLES)
                    + " (member once for each member account)");
        }
        int at = parts[1].lastIndexOf('@');
        String profile = (at < 0 ? parts[1] : parts[1].substring(0, at)).strip();
        String example = role + "=" + profile + "@" + ConfiguredAccounts.EXAMPLE_ACCOUNT_ID;
        if (at < 0) {
            if (ConfiguredAccounts.ROLES_WITH_ACCOUNT_ID.contains(role)) {
                throw new IllegalArgumentException("--aliyun-profiles " + pair + ": give the " + role
                        + "'s account ID as " + example + " (aliyun CLI profiles do not hold it)");
            }
            return new ProfileOfRole(role, profile, 0);
        }
        String accountId = parts[1].substring(at + 1).strip();
        if (profile.isEmpty() || !ConfiguredAccounts.ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("--aliyun-profiles " + pair + ": expected " + example
                    + ", the profile's name, @ and its account ID (a positive number of up to 18 digits)");
        }
        return new ProfileOfRole(role, profile, Long.parseLong(accountId));
    }

}
