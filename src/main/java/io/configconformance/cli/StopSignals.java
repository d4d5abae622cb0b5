package io.configconformance.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM end a {@code run} with one line on stderr and the shells' exit codes, 130 and 143,
 * instead of the JVM's shutdown, during which the run's threads go on and trip over the hooks being run ("Shutdown in
 * progress"). {@code sun.misc.Signal} is the JDK's supported way (module jdk.unsupported) to learn which signal came.
 */
final class StopSignals {

    /** A signal that stopped the run, and the exit code a shell gives a process it ended (128 + its number). */
    record Stop(String signal, int exitCode) {

        private static final List<Stop> ALL = List.of(new Stop("SIGINT", 130), new Stop("SIGTERM", 143));

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
    private static final AtomicBoolean STOPPING = new AtomicBoolean();
    /** Deletes the unfinished reports; false when they are already in place. */
    private static volatile BooleanSupplier discardReports = () -> true;

    private StopSignals() {
    }

    /**
     * In the JVM that runs the scenarios: a stop ends the run ({@link #endRun}), with the line unless a launching
     * JVM prints it for this one.
     */
    static void endRunOnStop(boolean quiet) {
        install(stop -> endRun(quiet ? null : stop.line(), stop.exitCode()));
    }

    /** What a stop does to the reports of the run under way. */
    static void discardReports(BooleanSupplier discard) {
        discardReports = discard;
    }

    /**
     * Discards the unfinished reports and, when they were not yet in place, prints {@code line} (if any) and ends the
     * JVM at once, with no shutdown for the run's threads to trip over. Reports in place mean the run is ending anyway.
     */
    static void endRun(String line, int exitCode) {
        if (discardReports.getAsBoolean() && STOPPING.compareAndSet(false, true)) {
            if (line != null) {
                System.err.println(line);
            }
            System.err.flush();
            System.out.flush();
            Runtime.getRuntime().halt(exitCode);
        }
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
