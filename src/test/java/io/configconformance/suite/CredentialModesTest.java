package io.configconformance.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.credentials.provider.EcsRamRoleCredentialProvider;
import com.aliyun.credentials.provider.OIDCRoleArnCredentialProvider;
import com.aliyun.credentials.provider.RamRoleArnCredentialProvider;
import com.aliyun.credentials.provider.URLCredentialProvider;
import com.sun.net.httpserver.HttpServer;
import io.configconformance.client.Credentials;
import io.configconformance.client.ParameterPlacement;
import io.configconformance.client.Signer;
import io.configconformance.client.TestAccount;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way to credentials, offline: which provider each aliyun CLI mode and role-file entry gets, that an assumed
 * role really goes to STS (here a loopback port that refuses, so the run stops in one line instead of signing with
 * the source's key), that STS-style credentials from a loopback credentials URI are fetched anew near their expiry
 * and signed with at each request, and the one-line refusals.
 */
class CredentialModesTest {

    private static final String SECRET = "sourceSecretNeverShown";
    /** A loopback port nothing listens on: the STS call is made and refused at once, with no traffic elsewhere. */
    private static final String NO_STS = "127.0.0.1:1";

    @TempDir
    Path dir;

    private Path cliConfig(String... profiles) throws IOException {
        return Files.writeString(dir.resolve("config.json"), "{\"profiles\":[" + String.join(",", profiles) + "]}");
    }

    private static String profile(String name, String mode, String more) {
        return "{\"name\":\"" + name + "\",\"mode\":\"" + mode + "\"" + (more.isEmpty() ? "" : "," + more) + "}";
    }

    private static final String KEYS = "\"access_key_id\":\"LTAIsource\",\"access_key_secret\":\"" + SECRET + "\"";
    private static final String ROLE = "acs:ram::1713220985230000:role/conformance";

    private TestAccount viaProfile(Path config, String profileName) {
        return ConfiguredAccounts.load(options(null, "management=" + profileName + "@1005320983490000"), Map.of(),
                config).account("management");
    }

    private static RunOptions options(Path credentials, String profiles) {
        return new RunOptions(false, Optional.ofNullable(credentials), Optional.ofNullable(profiles),
                Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(300));
    }

    @Test
    void everyAliyunCliModeGetsItsProvider() throws IOException {
        Path config = cliConfig(profile("ak", "AK", KEYS), profile("sts", "StsToken", KEYS + ",\"sts_token\":\"tok\""),
                profile("role", "RamRoleArn", KEYS + ",\"ram_role_arn\":\"" + ROLE + "\",\"expired_seconds\":900"),
                profile("chained", "ChainableRamRoleArn", "\"source_profile\":\"role\",\"ram_role_arn\":\"" + ROLE
                        + "2\""),
                profile("ecs", "EcsRamRole", "\"ram_role_name\":\"ConformanceRole\""),
                profile("ci", "OIDC", "\"ram_role_arn\":\"" + ROLE + "\",\"oidc_provider_arn\":\"acs:ram::1:oidc-provider/"
                        + "gh\",\"oidc_token_file\":\"/var/run/oidc-token\""),
                profile("uri", "CredentialsURI", "\"credentials_uri\":\"http://127.0.0.1:9/credentials\""));
        assertEquals(new Credentials("LTAIsource", SECRET, null), viaProfile(config, "ak").source());
        assertEquals("tok", viaProfile(config, "sts").credentials().securityToken());
        RamRoleArnCredentialProvider role = assertInstanceOf(RamRoleArnCredentialProvider.class,
                provider(viaProfile(config, "role")));
        assertEquals(ROLE, role.getRoleArn());
        assertEquals(900, role.getDurationSeconds());
        assertEquals(CredentialModes.SESSION_NAME, role.getRoleSessionName());
        RamRoleArnCredentialProvider chained = assertInstanceOf(RamRoleArnCredentialProvider.class,
                provider(viaProfile(config, "chained")));
        assertEquals(ROLE + "2", chained.getRoleArn(), "the chain's last role is the one assumed for the run");
        assertInstanceOf(EcsRamRoleCredentialProvider.class, provider(viaProfile(config, "ecs")));
        assertInstanceOf(OIDCRoleArnCredentialProvider.class, provider(viaProfile(config, "ci")));
        assertInstanceOf(URLCredentialProvider.class, provider(viaProfile(config, "uri")));
    }

    private static Object provider(TestAccount account) {
        return assertInstanceOf(ProviderCredentials.class, account.source()).provider();
    }

    @Test
    void aModeARunCannotUseOrAChainThatLoopsIsRefusedInOneLine() throws IOException {
        Path config = cliConfig(profile("sso", "CloudSSO", ""), profile("a", "ChainableRamRoleArn",
                "\"source_profile\":\"b\",\"ram_role_arn\":\"" + ROLE + "\""), profile("b", "ChainableRamRoleArn",
                "\"source_profile\":\"a\",\"ram_role_arn\":\"" + ROLE + "\""),
                profile("half", "RamRoleArn", KEYS));
        assertEquals("profile sso: mode CloudSSO cannot be used by a run; the modes are AK, StsToken, RamRoleArn,"
                + " ChainableRamRoleArn, EcsRamRole, OIDC, CredentialsURI", refused(() -> viaProfile(config, "sso")));
        assertEquals("profile a: its source_profile chain comes back to it", refused(() -> viaProfile(config, "a")));
        assertEquals("profile half (mode RamRoleArn) needs a role ARN", refused(() -> viaProfile(config, "half")));
    }

    @Test
    void anAssumedRoleGoesToStsAndNeverSignsWithTheSourceKey() throws IOException {
        Path roles = Files.writeString(dir.resolve("roles.json"), "{\"management\":{\"AccountId\":1005320983490000,"
                + "\"AccessKeyId\":\"LTAIsource\",\"AccessKeySecret\":\"" + SECRET + "\",\"RoleArn\":\"" + ROLE
                + "\",\"StsEndpoint\":\"" + NO_STS + "\"}}");
        ConfiguredAccounts accounts = ConfiguredAccounts.load(options(roles, null), Map.of(), dir.resolve("none"));
        String line = refused(accounts::verify);
        assertTrue(line.startsWith("the management role: cannot get credentials from " + roles + ": the management"
                + " entry, which assumes RAM role " + ROLE + " through STS: Error refreshing credentials from RamRoleArn"), line);
        assertFalse(line.contains(SECRET), line);
        assertThrows(AccountUnavailable.class, () -> accounts.account("management").credentials(),
                "no request is signed with the source's key when the role cannot be assumed");
    }

    @Test
    void anOidcTokenIsExchangedThroughStsWithoutKeys() throws IOException {
        Path token = Files.writeString(dir.resolve("token"), "eyJ.header.payload");
        Path roles = Files.writeString(dir.resolve("roles.json"), "{\"individual\":{\"AccountId\":1713220985230000,"
                + "\"RoleArn\":\"" + ROLE + "\",\"OIDCProviderArn\":\"acs:ram::1:oidc-provider/gh\",\"OIDCTokenFile\":\""
                + token + "\",\"StsEndpoint\":\"" + NO_STS + "\"}}");
        ConfiguredAccounts accounts = ConfiguredAccounts.load(options(roles, null), Map.of(), dir.resolve("none"));
        assertInstanceOf(OIDCRoleArnCredentialProvider.class, provider(accounts.account("individual")));
        String line = refused(accounts::verify);
        assertTrue(line.contains("which exchanges the OIDC token in " + token + " for RAM role " + ROLE
                + " through STS: Error refreshing credentials from OIDC"), line);
        assertFalse(line.contains("eyJ"), "the token is never shown: " + line);
    }

    @Test
    void anAccountIdAloneAsksTheDefaultChain() {
        TestAccount individual = ConfiguredAccounts.load(options(null, null),
                Map.of("CONFORMANCE_ACCOUNT_ID", "1713220985230000"), dir.resolve("none")).account("individual");
        assertTrue(assertInstanceOf(ProviderCredentials.class, individual.source()).what()
                .endsWith("the default credential chain of Alibaba Cloud SDKs"));
        assertEquals(1713220985230000L, individual.accountId());
    }

    @Test
    void expiringCredentialsFromAUriAreFetchedAgainAndSignEachRequest() throws IOException {
        AtomicInteger served = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/credentials", exchange -> {
            int n = served.incrementAndGet();
            // Expiring within the providers' refresh margin, so every request asks for new ones.
            byte[] body = ("{\"Code\":\"Success\",\"AccessKeyId\":\"STS.key" + n + "\",\"AccessKeySecret\":\"s" + n
                    + "\",\"SecurityToken\":\"token" + n + "\",\"Expiration\":\""
                    + Instant.now().plus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Path roles = Files.writeString(dir.resolve("roles.json"), "{\"individual\":{\"AccountId\":7,"
                    + "\"CredentialsURI\":\"http://127.0.0.1:" + server.getAddress().getPort() + "/credentials\"}}");
            TestAccount individual = ConfiguredAccounts.load(options(roles, null), Map.of(), dir.resolve("none"))
                    .account("individual");
            Signer signer = Signer.of(individual.source());
            List<String> sent = List.of(signer.v1(ParameterPlacement.QUERY, "GetAggregator", "2020-09-07", "JSON",
                    Map.of()).pathAndQuery(), signer.v1(ParameterPlacement.QUERY, "GetAggregator", "2020-09-07", "JSON",
                    Map.of()).pathAndQuery());
            assertTrue(sent.get(0).contains("AccessKeyId=STS.key1") && sent.get(0).contains("SecurityToken=token1"),
                    sent.get(0));
            assertTrue(sent.get(1).contains("AccessKeyId=STS.key2") && sent.get(1).contains("SecurityToken=token2"),
                    "the second request signs with the renewed credentials: " + sent.get(1));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void roleFileErrorsNameTheKeyOrWhereTheJsonBreaksAndNeverQuoteIt() throws IOException {
        Path unknownKey = Files.writeString(dir.resolve("unknown.json"), "{\"management\":{\"AccountId\":1,"
                + "\"AccessKeyId\":\"LTAI\",\"AccessKeySecrett\":\"" + SECRET + "\"}}");
        assertEquals(unknownKey + ": the management entry has the unknown key 'AccessKeySecrett'; the keys are "
                + String.join(", ", RoleFile.ENTRY_KEYS),
                refused(() -> ConfiguredAccounts.load(options(unknownKey, null), Map.of(), dir.resolve("none"))));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"management\": {\"AccountId\": 1,\n"
                + "    \"AccessKeySecret\": " + SECRET + "}}");
        String line = refused(() -> ConfiguredAccounts.load(options(broken, null), Map.of(), dir.resolve("none")));
        assertTrue(line.matches("cannot read credentials from " + java.util.regex.Pattern.quote(broken.toString())
                + ": not valid JSON at line 3, column \\d+"), line);
        Path missing = dir.resolve("missing.json");
        assertEquals("cannot read credentials from " + missing + ": no such file",
                refused(() -> ConfiguredAccounts.load(options(missing, null), Map.of(), dir.resolve("none"))));
        assertEquals("--aliyun-profiles reads the aliyun CLI's configuration, and there is none at "
                + dir.resolve("none") + " (aliyun configure --profile NAME writes it)",
                refused(() -> ConfiguredAccounts.load(options(null, "unauthorized=ram"), Map.of(), dir.resolve("none"))));
    }

    /** The one line a refusal prints: no line break, no exception class name, no secret. */
    private static String refused(org.junit.jupiter.api.function.Executable load) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, load);
        String line = e.getMessage();
        assertFalse(line.contains("\n") || line.contains("Exception") || line.contains(SECRET), line);
        return line;
    }
}
