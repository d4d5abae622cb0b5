package io.configconformance.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.EmulatorControl;
import io.configconformance.client.HttpStats;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.emulator.Timings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suite's fresh accounts: one control-API request each, with the scenario timings already set. */
class EmulatorAccountsTest {

    @Test
    void everyAccountIsOneRequestWithItsTimings() {
        try (Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start()) {
            EmulatorAccounts accounts = new EmulatorAccounts(new EmulatorControl(emulator.baseUri(),
                    Duration.ofSeconds(5)));
            Timings defaults = emulator.state().timings();
            Duration scenario = Duration.ofMillis(200);
            assertTimings(emulator, accounts, "management", new Timings(Duration.ZERO, Duration.ZERO));
            assertTimings(emulator, accounts, "individual", new Timings(scenario, defaults.aggregatorCreation()));
            assertTimings(emulator, accounts, "unauthorized", defaults);
        }
    }

    @Test
    void membersAreCreatedTogetherAndListedInTheOrderOfTheirAccountIds() {
        try (Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start()) {
            EmulatorAccounts accounts = new EmulatorAccounts(new EmulatorControl(emulator.baseUri(),
                    Duration.ofSeconds(5)));
            TestAccount management = accounts.account("management");
            List<TestAccount> members = accounts.members(management, 40);
            assertEquals(40, members.size());
            assertEquals(40, members.stream().map(TestAccount::accountId).distinct().count());
            assertTrue(members.stream().allMatch(m -> m.managementAccountId() == management.accountId()
                    && m.role().equals("member")));
            List<Long> ids = members.stream().map(TestAccount::accountId).toList();
            assertEquals(ids.stream().sorted().toList(), ids);
        }
    }

    @Test
    void aMemberThatCannotBeCreatedStopsTheSetupWithTheControlApisReason() {
        try (Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start()) {
            EmulatorAccounts accounts = new EmulatorAccounts(new EmulatorControl(emulator.baseUri(),
                    Duration.ofSeconds(5)));
            TestAccount individual = accounts.account("individual"); // no resource directory to be a member of
            EmulatorControl.ControlApiException e = assertThrows(EmulatorControl.ControlApiException.class,
                    () -> accounts.members(individual, 3));
            assertTrue(e.getMessage().contains("InvalidParameter"), e.getMessage());
        }
    }

    private static void assertTimings(Emulator emulator, EmulatorAccounts accounts, String role, Timings expected) {
        long before = HttpStats.exchanges();
        TestAccount account = accounts.account(role);
        assertEquals(1, HttpStats.exchanges() - before, role + ": one control-API request");
        assertEquals(expected, emulator.state().timings(account.accountId()), role);
    }
}
