package io.configconformance.cli;

import io.configconformance.suite.RunStop;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM stop a {@code run} as a cleanup, not a halt: no scenario begins any more, the running
 * one ends and its cleanup undoes what it began ({@link RunStop}), then the run ends with one line and the shells' exit
 * codes, 130 and 143, its reports discarded. Should that take longer than {@code --stop-grace}, or the same signal come
 * a second time, the JVM halts at once, saying that the journal holds what is left and the sweep command that undoes
 * it. {@code sun.misc.Signal} is the JDK's supported way (module jdk.unsupported) to learn which signal came.
 */
final class StopSignals {

    /** A signal that stopped the run, and the exit code a shell gives a process it ended (128 + its number). */
    record Stop(String signal, int exitCode) {

        static final Stop TERM = new Stop("SIGTERM", 143);
        private static final List<Stop> ALL = List.of(new Stop("SIGINT", 130), TERM);

        /** The stop a child's exit code tells of: a tuned JVM stopped by a signal exits 130 or 143. */
        static Optional<Stop> ofExitCode(int exitCode) {
            return ALL.stream().filter(stop -> stop.exitCode == exitCode).findFirst();
        }

        /** The one line a stopped run prints; the report folder is as the previous complete run left it. */
        String line() {
            return "run: interrupted by " + signal + "; no report written, the report folder keeps the previous"
                    + " complete run";
        }
    }

    // Signals are the process's, so what they act on is too: one stop per JVM, one run's reports.
    private static final AtomicReference<Stop> FIRST = new AtomicReference<>();
    private static final AtomicBoolean ENDING = new AtomicBoolean();
    /** Deletes the unfinished reports; false when they are already in place. */
    private static volatile BooleanSupplier discardReports = () -> true;
    private static volatile Duration grace = Duration.ofSeconds(60);
    /** What a halt leaves on the accounts and how to sweep it, one sentence. */
    private static volatile Supplier<String> leftBehind = () -> "";
    /** Set by a command whose work has cleanup to do ({@code run}); any other stops at once, as before. */
    private static volatile boolean cleanupFirst;
    private static volatile boolean quiet;

    private StopSignals() {
    }

    /**
     * In the JVM that runs the scenarios: the first SIGINT or SIGTERM stops the run after its cleanup, within the
     * grace; the same signal again halts at once. A different signal is the same stop reaching this JVM twice (a
     * terminal's Ctrl-C reaches the whole process group, and the launching JVM passes it on as SIGTERM).
     */
    static void endRunOnStop(boolean launcherSpeaks) {
        quiet = launcherSpeaks;
        install(StopSignals::stop);
    }

    /** Whether the stop line is the launching JVM's to print. */
    static boolean quiet() {
        return quiet;
    }

    /** Asks the run to stop as a signal would. */
    static void stop(Stop stop) {
        if (!cleanupFirst) {
            endRun(quiet ? null : stop.line(), stop.exitCode());
        } else if (FIRST.compareAndSet(null, stop)) {
            RunStop.request(stop.signal());
            Thread timer = new Thread(() -> haltAfterGrace(stop), "stop-grace");
            timer.setDaemon(true);
            timer.start();
        } else if (FIRST.get().signal().equals(stop.signal())) {
            halt(stop, "a second " + stop.signal());
        }
    }

    private static void haltAfterGrace(Stop stop) {
        try {
            Thread.sleep(grace.toMillis()); // a deadline, not a wait for something to happen
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        halt(stop, "the cleanup taking longer than --stop-grace " + grace.toSeconds() + " s");
    }

    /** The run's stop, once a signal asked for it. */
    static Optional<Stop> stopped() {
        return Optional.ofNullable(FIRST.get());
    }

    /** How long a stopped run's cleanup may take, and what a halt tells about what is left. */
    static void whenStopped(Duration cleanupGrace, Supplier<String> left) {
        grace = cleanupGrace;
        leftBehind = left;
        cleanupFirst = true;
    }

    /** What a stop does to the reports of the run under way. */
    static void discardReports(BooleanSupplier discard) {
        discardReports = discard;
    }

    /** The run is ending by itself (its cleanup done): no halt cuts its last lines short. */
    static boolean ending() {
        return ENDING.compareAndSet(false, true);
    }

    /**
     * Discards the unfinished reports and, when they were not yet in place, prints {@code line} (if any) and ends the
     * JVM at once, with no shutdown for the run's threads to trip over. Reports in place mean the run is ending anyway.
     */
    static void endRun(String line, int exitCode) {
        if (discardReports.getAsBoolean() && ENDING.compareAndSet(false, true)) {
            if (line != null) {
                System.err.println(line);
            }
            System.err.flush();
            System.out.flush();
            Runtime.getRuntime().halt(exitCode);
        }
    }

    private static void halt(Stop stop, String why) {
        endRun("run: stopped at once by " + why + ", before the cleanup had finished; " + leftBehind.get(),
                stop.exitCode());
    }

    /** From now on SIGINT and SIGTERM call {@code handler} (on a thread of their own) instead of ending the JVM. */
    static void install(Consumer<Stop> handler) {
        for (Stop stop : Stop.ALL) {
            try {
                Signal.handle(new Signal(stop.signal().substring(3)), signal -> handler.accept(stop));
            } catch (IllegalArgumentException unavailable) {
                // The platform or -Xrs keeps this signal: it ends the JVM as it always does.
            }
        }
    }
}
