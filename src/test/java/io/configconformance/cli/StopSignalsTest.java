package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.configconformance.suite.RunContext;
import io.configconformance.suite.RunOptions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A signal stops the runs of the command it reached, and no other: the stop is the command's object and the request
 * the run's, so two commands in one JVM (parity's run beside a test's) do not stop each other.
 */
class StopSignalsTest {

    /** Far beyond the test JVM's life: the grace's halt must never end it. */
    private static final Duration NEVER = Duration.ofDays(1);

    @Test
    void aStopAsksTheCommandsRunsToEndAfterTheirCleanupAndNoOtherRun() {
        StopSignals stopped = StopSignals.unheard();
        StopSignals other = StopSignals.unheard();
        try (RunContext first = run(); RunContext second = run(); RunContext elsewhere = run()) {
            stopped.whenStopped(first, NEVER, () -> "nothing is left");
            stopped.whenStopped(second, NEVER, () -> "nothing is left");
            other.whenStopped(elsewhere, NEVER, () -> "nothing is left");

            stopped.stop(StopSignals.Stop.TERM);

            assertEquals(Optional.of("SIGTERM"), first.stopRequested());
            assertEquals(Optional.of("SIGTERM"), second.stopRequested());
            assertEquals(Optional.empty(), elsewhere.stopRequested(), "another command's run goes on");
            assertEquals(Optional.of(StopSignals.Stop.TERM), stopped.stopped());
            assertEquals(Optional.empty(), other.stopped());
        }
    }

    @Test
    void aRunThatRegistersAfterTheStopCameIsStoppedAtOnce() {
        StopSignals signals = StopSignals.unheard();
        try (RunContext starting = run(); RunContext started = run()) {
            signals.whenStopped(started, NEVER, () -> "");
            signals.stop(new StopSignals.Stop("SIGINT", 130));

            signals.whenStopped(starting, NEVER, () -> "");

            assertEquals(Optional.of("SIGINT"), starting.stopRequested());
        }
    }

    @Test
    void theFirstSignalIsTheRunsStop() {
        try (RunContext run = run()) {
            run.requestStop("SIGINT");
            run.requestStop("SIGTERM");

            assertEquals(Optional.of("SIGINT"), run.stopRequested());
        }
    }

    private static RunContext run() {
        return RunContext.of("embedded", new RunOptions(false, Optional.empty(), Optional.empty(),
                Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(1), 0), false);
    }
}
