package io.configconformance.suite;

import com.aliyun.credentials.models.CredentialModel;
import com.aliyun.credentials.provider.AlibabaCloudCredentialsProvider;
import com.aliyun.credentials.provider.DefaultCredentialsProvider;
import com.aliyun.credentials.provider.EcsRamRoleCredentialProvider;
import com.aliyun.credentials.provider.OIDCRoleArnCredentialProvider;
import com.aliyun.credentials.provider.RamRoleArnCredentialProvider;
import com.aliyun.credentials.provider.StaticCredentialsProvider;
import com.aliyun.credentials.provider.URLCredentialProvider;
import io.configconformance.client.CredentialSource;
import io.configconformance.client.Credentials;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The ways to credentials, each through credentials-java as Alibaba Cloud SDKs use it: fixed AccessKeys (with an STS
 * token or not), a RAM role assumed through STS with other credentials (RamRoleArn, ChainableRamRoleArn: the role's
 * STS credentials sign, never the source's key), an OIDC token exchanged for a role's STS credentials (a CI system
 * without keys), an ECS instance's RAM role, a credentials URI, and the default chain. Every source here reads its
 * settings from a lookup (an aliyun CLI profile or a role-file entry), so both speak the same modes.
 */
final class CredentialModes {

    /** The aliyun CLI profile modes a run can use, in the CLI's words. */
    static final List<String> CLI_MODES = List.of("AK", "StsToken", "RamRoleArn", "ChainableRamRoleArn", "EcsRamRole",
            "OIDC", "CredentialsURI");
    /** A session name that says in the role's audit trail who assumed it. */
    static final String SESSION_NAME = "config-conformance";

    private CredentialModes() {
    }

    /** Fixed keys; the token makes them STS credentials. */
    static Credentials keys(String where, String accessKeyId, String accessKeySecret, String securityToken) {
        if (blank(accessKeyId) || blank(accessKeySecret)) {
            throw new IllegalArgumentException(where + " needs an AccessKeyId and an AccessKeySecret");
        }
        return new Credentials(accessKeyId, accessKeySecret, blank(securityToken) ? null : securityToken);
    }

    /** A RAM role assumed through STS with the credentials of {@code source}; its STS credentials sign. */
    static ProviderCredentials assumedRole(String where, CredentialSource source, String roleArn, String sessionName,
                                           Integer durationSeconds, String externalId, String stsRegion,
                                           String stsEndpoint) {
        require(where, "a role ARN", roleArn);
        return new ProviderCredentials(() -> RamRoleArnCredentialProvider.builder()
                .credentialsProvider(provider(source)).roleArn(roleArn)
                .roleSessionName(blank(sessionName) ? SESSION_NAME : sessionName).durationSeconds(durationSeconds)
                .externalId(blank(externalId) ? null : externalId).stsRegionId(blank(stsRegion) ? null : stsRegion)
                .STSEndpoint(blank(stsEndpoint) ? null : stsEndpoint).build(),
                where + ", which assumes RAM role " + roleArn + " through STS");
    }

    /** A CI system's OIDC token (a file it writes) exchanged through STS for a RAM role's credentials; no keys. */
    static ProviderCredentials oidc(String where, String roleArn, String oidcProviderArn, String tokenFile,
                                    String sessionName, Integer durationSeconds, String stsRegion, String stsEndpoint) {
        require(where, "a role ARN", roleArn);
        require(where, "an OIDC provider ARN", oidcProviderArn);
        require(where, "an OIDC token file", tokenFile);
        return new ProviderCredentials(() -> OIDCRoleArnCredentialProvider.builder().roleArn(roleArn)
                .oidcProviderArn(oidcProviderArn).oidcTokenFilePath(tokenFile)
                .roleSessionName(blank(sessionName) ? SESSION_NAME : sessionName).durationSeconds(durationSeconds)
                .stsRegionId(blank(stsRegion) ? null : stsRegion).STSEndpoint(blank(stsEndpoint) ? null : stsEndpoint)
                .build(), where + ", which exchanges the OIDC token in " + tokenFile + " for RAM role " + roleArn
                + " through STS");
    }

    /** An ECS instance's RAM role, from the instance's metadata service: only on an ECS instance. */
    static ProviderCredentials ecsRole(String where, String roleName) {
        return new ProviderCredentials(() -> EcsRamRoleCredentialProvider.builder()
                .roleName(blank(roleName) ? null : roleName).build(), where + ", which reads RAM role "
                + (blank(roleName) ? "(the instance's)" : roleName) + " from the ECS metadata service (on an ECS"
                + " instance only)");
    }

    /** STS credentials served by a URL (a credentials server of the user's). */
    static ProviderCredentials credentialsUri(String where, String uri) {
        require(where, "a credentials URI", uri);
        return new ProviderCredentials(() -> URLCredentialProvider.builder().credentialsURI(uri).build(),
                where + ", which reads STS credentials from " + uri);
    }

    /**
     * The default chain of Alibaba Cloud SDKs: environment keys, OIDC environment variables, the aliyun CLI's current
     * profile, ~/.alibabacloud/credentials, an ECS instance's role, ALIBABA_CLOUD_CREDENTIALS_URI.
     */
    static ProviderCredentials defaultChain(String where) {
        return new ProviderCredentials(() -> DefaultCredentialsProvider.builder().build(),
                where + ", the default credential chain of Alibaba Cloud SDKs");
    }

    /** An aliyun CLI profile's credentials, by its mode; {@code profiles} finds a ChainableRamRoleArn's source. */
    static CredentialSource ofProfile(String name, Function<String, CliProfile> profiles, Set<String> chain) {
        CliProfile p = profiles.apply(name);
        String where = "profile " + name + " (mode " + p.mode() + ")";
        if (!chain.add(name)) {
            throw new IllegalArgumentException("profile " + name + ": its source_profile chain comes back to it");
        }
        return switch (p.mode()) {
            case "AK" -> keys(where, p.get("access_key_id"), p.get("access_key_secret"), null);
            case "StsToken" -> {
                require(where, "sts_token", p.get("sts_token"));
                yield keys(where, p.get("access_key_id"), p.get("access_key_secret"), p.get("sts_token"));
            }
            case "RamRoleArn" -> assumedRole(where, keys(where, p.get("access_key_id"), p.get("access_key_secret"),
                    null), p.get("ram_role_arn"), p.get("ram_session_name"), p.seconds(), p.get("external_id"),
                    p.get("sts_region"), null);
            case "ChainableRamRoleArn" -> {
                require(where, "source_profile", p.get("source_profile"));
                yield assumedRole(where, ofProfile(p.get("source_profile"), profiles, chain), p.get("ram_role_arn"),
                        p.get("ram_session_name"), p.seconds(), p.get("external_id"), p.get("sts_region"), null);
            }
            case "EcsRamRole" -> ecsRole(where, p.get("ram_role_name"));
            case "OIDC" -> oidc(where, p.get("ram_role_arn"), p.get("oidc_provider_arn"), p.get("oidc_token_file"),
                    p.get("ram_session_name"), p.seconds(), p.get("sts_region"), null);
            case "CredentialsURI" -> credentialsUri(where, p.get("credentials_uri"));
            default -> throw new IllegalArgumentException("profile " + name + ": mode " + (blank(p.mode()) ? "(none)"
                    : p.mode()) + " cannot be used by a run; the modes are " + String.join(", ", CLI_MODES));
        };
    }

    /** One profile of the aliyun CLI's config.json: its mode and its settings by their config.json names. */
    interface CliProfile {
        String mode();

        String get(String key);

        default Integer seconds() {
            String text = get("expired_seconds");
            if (blank(text) || text.equals("0")) {
                return null;
            }
            if (!text.matches("\\d{1,9}")) {
                throw new IllegalArgumentException("expired_seconds is a number of seconds, got '" + text + "'");
            }
            return Integer.valueOf(text);
        }
    }

    private static AlibabaCloudCredentialsProvider provider(CredentialSource source) {
        if (source instanceof ProviderCredentials providerCredentials) {
            return providerCredentials.provider();
        }
        Credentials keys = source.current();
        return StaticCredentialsProvider.builder().credential(CredentialModel.builder()
                .accessKeyId(keys.accessKeyId()).accessKeySecret(keys.accessKeySecret())
                .securityToken(keys.securityToken()).type(keys.securityToken() == null ? "access_key" : "sts")
                .build()).build();
    }

    private static void require(String where, String what, String value) {
        if (blank(value)) {
            throw new IllegalArgumentException(where + " needs " + what);
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
