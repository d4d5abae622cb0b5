package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.suite.RunContext;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How long a scenario waits for a resource to settle, as a contract: never more than the run's resource wait; against
 * the emulator, a wait for a recorder that stays BUILDING ends within the limit its timings give; and once a wait of
 * an account has run out, the next wait of the same kind on that account in the same run ends at once, without a
 * request, naming the first; a wait in another run is not cut short.
 */
class ResourceWaitsTest {

    private static final Duration RESOURCE_WAIT = Duration.ofSeconds(300);
    private static final String STATUS = "ConfigurationRecorder.ConfigurationRecorderStatus";
    /** Longer than any limit here: the recorder stays BUILDING for the whole test. */
    private static final Duration NEVER_SETTLES = Duration.ofMinutes(10);

    private Emulator emulator;
    private TestAccount account;

    @BeforeEach
    void anAccountWhoseRecorderNeverSettles() {
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
        account = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(5))
                .createAccount("individual", NEVER_SETTLES, Duration.ZERO);
    }

    @AfterEach
    void stop() {
        RunContext.handOff(null);
        emulator.close();
    }

    @Test
    void aRealEndpointGetsTheWholeResourceWaitAndTheEmulatorNeverMore() {
        assertEquals(RESOURCE_WAIT, ResourceWaits.limit(false, RESOURCE_WAIT, Duration.ZERO, Duration.ofSeconds(90)));
        assertEquals(Duration.ofSeconds(10),
                ResourceWaits.limit(true, Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ZERO));
        assertEquals(RESOURCE_WAIT, ResourceWaits.limit(true, RESOURCE_WAIT, Duration.ZERO, Duration.ofSeconds(3600)));
    }

    @Test
    void aWaitThatRunsOutEndsWithinItsLimitAndTheNextOfItsKindEndsAtOnceNamingIt() {
        try (RunContext run = run()) {
            Scenario first = new Scenario(account);
            first.client().startConfigurationRecorder();
            Duration limit = first.waits.limit();
            long started = System.nanoTime();
            AssertionError ranOut = assertThrows(AssertionError.class,
                    () -> first.waits.recorderSettled(first.client(), STATUS));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(ranOut.getMessage().contains("waited " + limit.toSeconds() + " s for"
                    + " ConfigurationRecorderStatus to leave BUILDING and REBUILDING; still BUILDING"), ranOut.getMessage());
            // the limit, and at most the one read that found the deadline too close for another pause
            assertTrue(waited.compareTo(limit.plus(first.world.options().readTimeout())) <= 0,
                    "waited " + waited + " with a limit of " + limit);

            Scenario second = new Scenario(account);
            long exchanges = run.stats().exchanges();
            AssertionError atOnce = assertThrows(AssertionError.class,
                    () -> second.waits.recorderSettled(second.client(), STATUS));
            assertEquals(exchanges, run.stats().exchanges(), "the second wait sent nothing");
            assertTrue(atOnce.getMessage().contains("did not wait for ConfigurationRecorderStatus to leave BUILDING"
                    + " and REBUILDING: a wait of the same kind on this account ran out before (\"\" waited "
                    + limit.toSeconds() + " s"), atOnce.getMessage());
        }
        try (RunContext another = run()) {
            Scenario third = new Scenario(account);
            assertThrows(AssertionError.class, () -> third.waits.recorderSettled(third.client(), STATUS));
            assertTrue(another.stats().exchanges() > 0, "a wait in another run reads the recorder again");
        }
    }

    private RunContext run() {
        return TestScenario.run(emulator.baseUri().toString());
    }

    /** A scenario acting as {@code account}, with its client. */
    private static final class Scenario {
        final TestScenario steps;
        final ConformanceWorld world;
        final ResourceWaits waits;

        Scenario(TestAccount account) {
            steps = new TestScenario(account);
            world = steps.world;
            waits = steps.waits;
        }

        ConfigClient client() {
            return steps.clients.acting();
        }
    }
}
