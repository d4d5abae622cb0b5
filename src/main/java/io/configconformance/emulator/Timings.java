package io.configconformance.emulator;

import java.time.Duration;

/**
 * How long the emulator's asynchronous work lasts: a recorder deployment (BUILDING, REBUILDING) and the creation of
 * an account group (AggregatorStatus 0). Short but non-zero by default, so that ProcessIsRunning and
 * AggregatorAlreadyPending are reachable.
 */
public record Timings(Duration recorderTransition, Duration aggregatorCreation) {

    public static final Timings DEFAULT = new Timings(Duration.ofMillis(1500), Duration.ofMillis(1500));

    public Timings withRecorderTransition(Duration value) {
        return new Timings(value, aggregatorCreation);
    }

    public Timings withAggregatorCreation(Duration value) {
        return new Timings(recorderTransition, value);
    }
}
