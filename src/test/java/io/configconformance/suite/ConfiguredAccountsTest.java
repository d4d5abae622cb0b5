package io.configconformance.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.TestAccount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredAccountsTest {

    @TempDir
    Path dir;

    private static RunOptions options(Path credentials, String profiles) {
        return new RunOptions(false, Optional.ofNullable(credentials), Optional.ofNullable(profiles),
                Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(300));
    }

    /** The aliyun CLI config of these tests: an AccessKey profile per account, an STS one for the RAM user. */
    private Path aliyunConfig() throws IOException {
        return Files.writeString(dir.resolve("config.json"), "{\"current\":\"corp\",\"profiles\":["
                + "{\"name\":\"corp\",\"mode\":\"AK\",\"access_key_id\":\"LTAIcorp\",\"access_key_secret\":\"c\"},"
                + "{\"name\":\"corp-member\",\"mode\":\"AK\",\"access_key_id\":\"LTAImember\","
                + "\"access_key_secret\":\"m\"},"
                + "{\"name\":\"sts\",\"mode\":\"StsToken\",\"access_key_id\":\"STS.x\",\"access_key_secret\":\"y\","
                + "\"sts_token\":\"tok\"}]}");
    }

    private IllegalArgumentException refusedProfiles(String profiles) throws IOException {
        return refused(options(null, profiles), Map.of(), aliyunConfig());
    }

    private IllegalArgumentException refusedRoleFile(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("roles.json"), json);
        return refused(options(file, null), Map.of(), dir.resolve("none"));
    }

    /** The load fails with one line, the way `run` and `sweep` print it. */
    private static IllegalArgumentException refused(RunOptions options, Map<String, String> environment, Path config) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfiguredAccounts.load(options, environment, config));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e;
    }

    private static String entry(String accountId, String key) {
        return "{" + (accountId == null ? "" : "\"AccountId\":" + accountId + ",") + "\"AccessKeyId\":\"LTAI" + key
                + "\",\"AccessKeySecret\":\"" + key + "-secret\"}";
    }

    @Test
    void theEnvironmentGivesTheIndividualRoleWithItsStsTokenAndAccountId() {
        ConfiguredAccounts accounts = ConfiguredAccounts.load(options(null, null), Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret",
                "ALIBABA_CLOUD_SECURITY_TOKEN", "sts-token", "CONFORMANCE_ACCOUNT_ID", "1713220985230000"),
                dir.resolve("none.json"));
        TestAccount individual = accounts.account("individual");
        assertEquals("LTAIenv", individual.credentials().accessKeyId());
        assertEquals("sts-token", individual.credentials().securityToken());
        assertEquals(1713220985230000L, individual.accountId());
        assertTrue(accounts.secrets().containsAll(java.util.List.of("env-secret", "sts-token")));
    }

    @Test
    void environmentKeysWithoutTheirAccountIdAreRefused() {
        Map<String, String> keys = Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");
        assertEquals("ALIBABA_CLOUD_ACCESS_KEY_ID gives the individual role, which needs its account ID: set"
                + " CONFORMANCE_ACCOUNT_ID to the account ID of ALIBABA_CLOUD_ACCESS_KEY_ID (digits)",
                refused(options(null, null), keys, dir.resolve("none")).getMessage());
        Map<String, String> malformed = new HashMap<>(keys);
        for (String id : List.of("x", "0", "17132209852300001234")) {
            malformed.put("CONFORMANCE_ACCOUNT_ID", id);
            assertEquals("CONFORMANCE_ACCOUNT_ID must be the account ID of ALIBABA_CLOUD_ACCESS_KEY_ID (digits), got '"
                    + id + "'", refused(options(null, null), malformed, dir.resolve("none")).getMessage());
        }
    }

    @Test
    void environmentKeysAreNotNeededWhenTheRoleFileGivesTheIndividualRole() throws IOException {
        Path file = Files.writeString(dir.resolve("roles.json"), "{\"individual\":" + entry("7", "i") + "}");
        ConfiguredAccounts accounts = ConfiguredAccounts.load(options(file, null), Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret"),
                dir.resolve("none"));
        assertEquals("LTAIi", accounts.account("individual").credentials().accessKeyId());
        assertEquals(7, accounts.account("individual").accountId());
    }

    @Test
    void aRoleFileGivesRolesAndMembers() throws IOException {
        Path file = Files.writeString(dir.resolve("roles.json"), "{\"management\":" + entry("42", "m")
                + ",\"members\":[" + entry("43", "1") + "," + entry("\"1713220985231111\"", "2") + "]}");
        ConfiguredAccounts accounts = ConfiguredAccounts.load(options(file, null), Map.of(), dir.resolve("none"));
        assertEquals(42, accounts.account("management").accountId());
        assertEquals(List.of(43L, 1713220985231111L), accounts.members(accounts.account("management"), 2).stream()
                .map(TestAccount::accountId).toList());
        AccountUnavailable missing = assertThrows(AccountUnavailable.class,
                () -> accounts.members(accounts.account("management"), 3));
        assertTrue(missing.getMessage().contains("needs 3 member accounts"), missing.getMessage());
        assertThrows(AccountUnavailable.class, () -> accounts.account("unauthorized"));
    }

    @Test
    void aRoleFileEntryWithoutItsAccountIdIsRefused() throws IOException {
        Path file = dir.resolve("roles.json");
        assertEquals(file + ": the management entry needs AccountId (a number)",
                refusedRoleFile("{\"management\":" + entry(null, "m") + "}").getMessage());
        assertEquals(file + ": the individual entry needs AccountId (a number)",
                refusedRoleFile("{\"individual\":" + entry(null, "i") + "}").getMessage());
        assertEquals(file + ": the members[1] entry needs AccountId (a number)",
                refusedRoleFile("{\"management\":" + entry("42", "m") + ",\"members\":[" + entry("43", "1") + ","
                        + entry(null, "2") + "]}").getMessage());
    }

    @Test
    void aRoleFileEntryWithAMalformedAccountIdIsRefused() throws IOException {
        for (String id : List.of("0", "-5", "1.5", "\"x\"", "1234567890123456789",
                "{\"AccessKeySecret\":\"top-secret\"}")) {
            IllegalArgumentException e = refusedRoleFile("{\"management\":" + entry(id, "m") + "}");
            assertTrue(e.getMessage().startsWith(dir.resolve("roles.json") + ": the management entry needs AccountId"
                    + " (a positive number of up to 18 digits), got "), e.getMessage());
            assertFalse(e.getMessage().contains("top-secret"), e.getMessage());
        }
    }

    @Test
    void theUnauthorizedRoleNeedsNoAccountId() throws IOException {
        Path file = Files.writeString(dir.resolve("roles.json"), "{\"unauthorized\":" + entry(null, "u") + "}");
        ConfiguredAccounts fromFile = ConfiguredAccounts.load(options(file, null), Map.of(), dir.resolve("none"));
        assertEquals("LTAIu", fromFile.account("unauthorized").credentials().accessKeyId());
        ConfiguredAccounts fromProfile = ConfiguredAccounts.load(options(null, "unauthorized=sts"), Map.of(),
                aliyunConfig());
        assertEquals("STS.x", fromProfile.account("unauthorized").credentials().accessKeyId());
    }

    @Test
    void aMisspeltRoleInARoleFileIsRefused() throws IOException {
        assertEquals(dir.resolve("roles.json") + ": unknown role 'managment'; the roles are individual, management,"
                + " members, unauthorized (members is a list of entries)",
                refusedRoleFile("{\"managment\":" + entry("42", "m") + "}").getMessage());
        assertTrue(refusedRoleFile("{\"member\":[" + entry("43", "1") + "]}").getMessage()
                .contains("unknown role 'member'"));
    }

    @Test
    void aliyunCliProfilesAreMappedToRolesWithTheirAccountIds() throws IOException {
        ConfiguredAccounts accounts = ConfiguredAccounts.load(options(null, "management=corp@1005320983490000,"
                + " member=corp-member@1713220985231111,unauthorized=sts"), Map.of(), aliyunConfig());
        assertEquals("LTAIcorp", accounts.account("management").credentials().accessKeyId());
        assertEquals(1005320983490000L, accounts.account("management").accountId());
        TestAccount member = accounts.members(accounts.account("management"), 1).get(0);
        assertEquals("LTAImember", member.credentials().accessKeyId());
        assertEquals(1713220985231111L, member.accountId());
        assertEquals("tok", accounts.account("unauthorized").credentials().securityToken());
    }

    @Test
    void anAliyunCliProfileWithoutTheAccountIdItsRoleNeedsIsRefused() throws IOException {
        assertEquals("--aliyun-profiles member=corp-member: give the member's account ID as"
                + " member=corp-member@1713220985231111 (aliyun CLI profiles do not hold it)",
                refusedProfiles("management=corp@1005320983490000,member=corp-member").getMessage());
        assertEquals("--aliyun-profiles management=corp: give the management's account ID as"
                + " management=corp@1713220985231111 (aliyun CLI profiles do not hold it)",
                refusedProfiles("management=corp").getMessage());
        assertTrue(refusedProfiles("individual=corp").getMessage()
                .startsWith("--aliyun-profiles individual=corp: give the individual's account ID"));
    }

    @Test
    void anAliyunCliProfileWithAMalformedAccountIdIsRefused() throws IOException {
        for (String id : List.of("", "x", "0", "-1", "12a4", "1234567890123456789")) {
            assertEquals("--aliyun-profiles member=corp-member@" + id
                    + ": expected member=corp-member@1713220985231111, the profile's name, @ and its account ID"
                    + " (a positive number of up to 18 digits)",
                    refusedProfiles("member=corp-member@" + id).getMessage());
        }
        assertTrue(refusedProfiles("unauthorized=sts@x").getMessage()
                .startsWith("--aliyun-profiles unauthorized=sts@x: expected unauthorized=sts@1713220985231111"));
    }

    @Test
    void aMisspeltRoleInAliyunProfilesIsRefusedBeforeTheConfigIsRead() {
        assertEquals("--aliyun-profiles managment=corp@1005320983490000: unknown role 'managment'; the roles are"
                + " individual, management, member, unauthorized (member once for each member account)",
                refused(options(null, "managment=corp@1005320983490000"), Map.of(), dir.resolve("none"))
                        .getMessage());
        assertTrue(refused(options(null, "members=corp-member@1713220985231111"), Map.of(), dir.resolve("none"))
                .getMessage().contains("unknown role 'members'"));
    }

    @Test
    void anUnreadableSourceIsOneLineThatHoldsNoSecret() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"),
                "{\"management\":{\"AccessKeySecret\":\"top-secret\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfiguredAccounts.load(options(file, null), Map.of(), dir.resolve("none")));
        assertTrue(e.getMessage().startsWith("cannot read credentials from"), e.getMessage());
        assertFalse(e.getMessage().contains("top-secret"));
        assertThrows(IllegalArgumentException.class,
                () -> ConfiguredAccounts.load(options(null, "management=nobody@42"), Map.of(), file));
    }
}
