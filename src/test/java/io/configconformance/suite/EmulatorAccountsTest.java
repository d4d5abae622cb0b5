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
            EmulatorAccounts accounts = new EmulatorAccounts(new EmulatorControl(emulator.baseUri(),
                    Duration.ofSeconds(5)));
            Timings defaults = emulator.state().timings();
            Duration scenario = Duration.ofMillis(200);
            assertTimings(emulator, accounts, "management", new Timings(Duration.ZERO, Duration.ZERO));
            assertTimings(emulator, accounts, "individual", new Timings(scenario, defaults.aggregatorCreation()));
            assertTimings(emulator, accounts, "unauthorized", defaults);
        }
    }

    private static void assertTimings(Emulator emulator, EmulatorAccounts accounts, String role, Timings expected) {
        long before = HttpStats.exchanges();
        TestAccount account = accounts.account(role);
        assertEquals(1, HttpStats.exchanges() - before, role + ": one control-API request");
        assertEquals(expected, emulator.state().timings(account.accountId()), role);
    }
}
