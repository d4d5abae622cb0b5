package io.configconformance.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.configconformance.client.EmulatorControl;
import io.configconformance.client.HttpStats;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.emulator.Timings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The suite's fresh accounts: one control-API request each, with the scenario timings already set. */
class EmulatorAccountsTest {

    @Test
    void everyAccountIsOneRequestWithItsTimings() {
        try (Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start()) {
            HttpStats stats = new HttpStats();
            EmulatorAccounts accounts = new EmulatorAccounts(new EmulatorControl(emulator.baseUri(),
                    Duration.ofSeconds(5), null, stats));
            Timings defaults = emulator.state().timings();
            Duration scenario = Duration.ofMillis(200);
            assertTimings(emulator, accounts, stats, "management", new Timings(Duration.ZERO, Duration.ZERO));
            assertTimings(emulator, accounts, stats, "individual", new Timings(scenario, defaults.aggregatorCreation()));
            assertTimings(emulator, accounts, stats, "unauthorized", defaults);
        }
    }

    /** Counted by the statistics of this control client alone, which no other test or run shares. */
    private static void assertTimings(Emulator emulator, EmulatorAccounts accounts, HttpStats stats, String role,
                                      Timings expected) {
        long before = stats.exchanges();
        TestAccount account = accounts.account(role);
        assertEquals(1, stats.exchanges() - before, role + ": one control-API request");
        assertEquals(expected, emulator.state().timings(account.accountId()), role);
    }
}
