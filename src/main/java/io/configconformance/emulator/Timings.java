package io.configconformance.emulator;

import java.time.Duration;

/**
 * How long the emulator's work lasts and how fast it answers: a recorder deployment (BUILDING, REBUILDING), the
 * creation of an account group (AggregatorStatus 0), the latency added to every answer, and the requests per second
 * one AccessKeyId may send before the gateway answers Throttling.User (0: no limit). Deployments are short but
 * non-zero by default, so that ProcessIsRunning and AggregatorAlreadyPending are reachable; answers are not delayed
 * and not limited unless asked for ({@code emulator --latency-ms / --rate-limit}, or the control API).
 */
public record Timings(Duration recorderTransition, Duration aggregatorCreation, Duration latency, int rateLimit) {

    public static final Timings DEFAULT =
            new Timings(Duration.ofMillis(1500), Duration.ofMillis(1500), Duration.ZERO, 0);

    public Timings(Duration recorderTransition, Duration aggregatorCreation) {
        this(recorderTransition, aggregatorCreation, DEFAULT.latency, DEFAULT.rateLimit);
    }

    public Timings withRecorderTransition(Duration value) {
        return new Timings(value, aggregatorCreation, latency, rateLimit);
    }

    public Timings withAggregatorCreation(Duration value) {
        return new Timings(recorderTransition, value, latency, rateLimit);
    }

    public Timings withLatency(Duration value) {
        return new Timings(recorderTransition, aggregatorCreation, value, rateLimit);
    }

    public Timings withRateLimit(int value) {
        return new Timings(recorderTransition, aggregatorCreation, latency, value);
    }
}
