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
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class ConfiguredAccountsTest {

    @TempDir
    Path dir;

    private static RunOptions options(Path credentials, String profiles) {
        return new RunOptions(false, Optional.ofNullable(credentials), Optional.ofNullable(profiles),
                Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(300));
    }

    @Test
    void theEnvironmentGivesTheIndividualRoleWithItsStsToken() {
        ConfiguredAccounts accounts = ConfiguredAccounts.load(options(null, null), Map.of(
                "ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret",
                "ALIBABA_CLOUD_SECURITY_TOKEN", "sts-token"), dir.resolve("none.json"));
        TestAccount individual = accounts.account("individual");
        assertEquals("LTAIenv", individual.credentials().accessKeyId());
        assertEquals("sts-token", individual.credentials().securityToken());
        assertTrue(accounts.secrets().containsAll(java.util.List.of("env-secret", "sts-token")));
    }

    @Test
    void aRoleFileGivesRolesAndMembers() throws IOException {
        Path file = Files.writeString(dir.resolve("roles.json"), "{\"management\":{\"AccountId\":42,"
                + "\"AccessKeyId\":\"LTAIm\",\"AccessKeySecret\":\"m-secret\"},\"members\":[{\"AccessKeyId\":\"LTAI1\","
                + "\"AccessKeySecret\":\"s1\"},{\"AccessKeyId\":\"LTAI2\",\"AccessKeySecret\":\"s2\"}]}");
        ConfiguredAccounts accounts = ConfiguredAccounts.load(options(file, null), Map.of(), dir.resolve("none"));
        assertEquals(42, accounts.account("management").accountId());
        assertEquals(2, accounts.members(accounts.account("management"), 2).size());
        TestAbortedException missing = assertThrows(TestAbortedException.class,
                () -> accounts.members(accounts.account("management"), 3));
        assertTrue(missing.getMessage().contains("needs 3 member accounts"), missing.getMessage());
        assertThrows(TestAbortedException.class, () -> accounts.account("unauthorized"));
    }

    @Test
    void aliyunCliProfilesAreMappedToRoles() throws IOException {
        Path config = Files.writeString(dir.resolve("config.json"), "{\"current\":\"corp\",\"profiles\":["
                + "{\"name\":\"corp\",\"mode\":\"AK\",\"access_key_id\":\"LTAIcorp\",\"access_key_secret\":\"c\"},"
                + "{\"name\":\"sts\",\"mode\":\"StsToken\",\"access_key_id\":\"STS.x\",\"access_key_secret\":\"y\","
                + "\"sts_token\":\"tok\"}]}");
        ConfiguredAccounts accounts = ConfiguredAccounts.load(options(null, "management=corp,unauthorized=sts"),
                Map.of(), config);
        assertEquals("LTAIcorp", accounts.account("management").credentials().accessKeyId());
        assertEquals("tok", accounts.account("unauthorized").credentials().securityToken());
    }

    @Test
    void anUnreadableSourceIsOneLineThatHoldsNoSecret() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\"management\":{\"AccessKeySecret\":\"top-secret\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfiguredAccounts.load(options(file, null), Map.of(), dir.resolve("none")));
        assertTrue(e.getMessage().startsWith("cannot read credentials from"), e.getMessage());
        assertFalse(e.getMessage().contains("top-secret"));
        assertThrows(IllegalArgumentException.class,
                () -> ConfiguredAccounts.load(options(null, "management=nobody"), Map.of(), file));
    }
}
