package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How long a scenario waits for a resource to settle: the run's resource wait, or less against the emulator. */
class ResourceWaitsTest {

    private static final Duration RESOURCE_WAIT = Duration.ofSeconds(300);

    @Test
    void aRealEndpointGetsTheWholeResourceWait() {
        assertEquals(RESOURCE_WAIT, ResourceWaits.limit(false, RESOURCE_WAIT, Duration.ZERO, Duration.ofSeconds(90)));
    }

    @Test
    void theEmulatorGetsFiveTimesItsLongestTimingAtLeastTwentySeconds() {
        assertEquals(Duration.ofSeconds(20),
                ResourceWaits.limit(true, RESOURCE_WAIT, Duration.ofMillis(200), Duration.ZERO));
        assertEquals(Duration.ofSeconds(30),
                ResourceWaits.limit(true, RESOURCE_WAIT, Duration.ofMillis(200), Duration.ofSeconds(6)));
        assertEquals(Duration.ofSeconds(40),
                ResourceWaits.limit(true, RESOURCE_WAIT, Duration.ofSeconds(8), Duration.ofSeconds(1)));
    }

    @Test
    void theEmulatorNeverGetsMoreThanTheResourceWait() {
        assertEquals(Duration.ofSeconds(10),
                ResourceWaits.limit(true, Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ZERO));
        assertEquals(RESOURCE_WAIT, ResourceWaits.limit(true, RESOURCE_WAIT, Duration.ZERO, Duration.ofSeconds(3600)));
    }
}
