package io.configconformance.suite;

import io.configconformance.client.CredentialSource;
import io.configconformance.client.Credentials;
import io.configconformance.client.TestAccount;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The role file of {@code run --credentials} (docs/REAL-ENDPOINT.md): an object whose keys are the roles (individual,
 * management, unauthorized, and members as a list), each entry with an AccountId and its credentials (keys, a RAM role
 * to assume, an OIDC token or a credentials URI). Anything it cannot use fails in one line that names the file and
 * the entry, and never quotes a secret.
 */
final class RoleFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> FILE_ROLES = List.of("individual", "management", "members", "unauthorized");
    /** The keys of a role-file entry. */
    static final List<String> ENTRY_KEYS = List.of("AccountId", "AccessKeyId", "AccessKeySecret", "SecurityToken",
            "RoleArn", "RoleSessionName", "ExternalId", "OIDCProviderArn", "OIDCTokenFile", "StsRegion", "StsEndpoint",
            "CredentialsURI");

    private RoleFile() {
    }

    /** The roles and member accounts {@code file} configures, added to {@code roles} and {@code members}. */
    static void load(Path file, Map<String, TestAccount> roles, List<TestAccount> members) {
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
        String where = file + ": " + entry;
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " must be an object with the keys " + String.join(", ",
                    ENTRY_KEYS));
        }
        for (String key : node.propertyNames()) {
            if (!ENTRY_KEYS.contains(key)) {
                throw new IllegalArgumentException(where + " has the unknown key '" + key + "'; the keys are "
                        + String.join(", ", ENTRY_KEYS));
            }
        }
        return new TestAccount(accountId(node.path("AccountId"), role, entry, file), role, source(node, where), null);
    }

    /**
     * An entry's credentials: a CredentialsURI; an OIDC token exchanged for RoleArn (OIDCProviderArn, OIDCTokenFile,
     * no keys); the AccessKey that assumes RoleArn; or the AccessKey (with SecurityToken, STS credentials) itself.
     */
    private static CredentialSource source(JsonNode node, String where) {
        String roleArn = text(node, "RoleArn");
        if (!text(node, "CredentialsURI").isEmpty()) {
            return CredentialModes.credentialsUri(where, text(node, "CredentialsURI"));
        }
        if (!text(node, "OIDCProviderArn").isEmpty() || !text(node, "OIDCTokenFile").isEmpty()) {
            return CredentialModes.oidc(where, roleArn, text(node, "OIDCProviderArn"), text(node, "OIDCTokenFile"),
                    text(node, "RoleSessionName"), null, text(node, "StsRegion"), text(node, "StsEndpoint"));
        }
        Credentials keys = CredentialModes.keys(where, text(node, "AccessKeyId"), text(node, "AccessKeySecret"),
                text(node, "SecurityToken"));
        return roleArn.isEmpty() ? keys : CredentialModes.assumedRole(where, keys, roleArn,
                text(node, "RoleSessionName"), null, text(node, "ExternalId"), text(node, "StsRegion"),
                text(node, "StsEndpoint"));
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isString() ? value.asString().strip() : "";
    }

    /** The entry's AccountId, a number or a string of digits; 0 when absent from a role that needs none. */
    private static long accountId(JsonNode value, String role, String entry, Path file) {
        if (value.isMissingNode() || value.isNull()) {
            if (ConfiguredAccounts.ROLES_WITH_ACCOUNT_ID.contains(role)) {
                throw new IllegalArgumentException(file + ": " + entry + " needs AccountId (a number)");
            }
            return 0;
        }
        String text = value.isIntegralNumber() || value.isString() ? value.asString().strip() : "";
        if (!ConfiguredAccounts.ACCOUNT_ID.matcher(text).matches()) {
            throw new IllegalArgumentException(file + ": " + entry + " needs AccountId (a positive number of up to 18"
                    + " digits), got " + (value.isContainer() ? "a JSON " + value.getNodeType() : value));
        }
        return Long.parseLong(text);
    }

    /**
     * The file as JSON; fails in one line: a missing or unreadable file, or where (line, column) the JSON breaks. The
     * parser's own words are left out, since they may quote a secret.
     */
    static JsonNode read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("cannot read credentials from " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException("cannot read credentials from " + file + ": permission denied");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read credentials from " + file + ": "
                    + (Files.isDirectory(file) ? "it is a folder" : "not a readable text file"));
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new IllegalArgumentException("cannot read credentials from " + file + ": not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        }
    }
}
