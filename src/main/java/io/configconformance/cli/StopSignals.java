package io.configconformance.cli;

import io.configconformance.suite.RunContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM stop a {@code run} as a cleanup, not a halt: no scenario begins any more, the running
 * one ends and its cleanup undoes what it began ({@link RunContext#requestStop}), then the run ends with one line and
 * the shells' exit codes, 130 and 143, its reports discarded. Should that take longer than {@code --stop-grace}, or
 * the same signal come a second time, the JVM halts at once, saying that the journal holds what is left and the sweep
 * command that undoes it. {@code sun.misc.Signal} is the JDK's supported way (module jdk.unsupported) to learn which
 * signal came.
 *
 * <p>A stop is the command's, not a static's: {@code main} makes one for the command it launches and the JVM holds
 * its handler; each run that command starts registers with it ({@link #whenStopped}), and the request to stop is that
 * run's own, in its {@link RunContext}.
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

    private final AtomicReference<Stop> first = new AtomicReference<>();
    private final AtomicBoolean ending = new AtomicBoolean();
    /** The runs this command started that a stop asks to end after their cleanup (parity's is one). */
    private final List<RunContext> runs = new CopyOnWriteArrayList<>();
    private final boolean quiet;
    /** Deletes the unfinished reports; false when they are already in place. */
    private volatile BooleanSupplier discardReports = () -> true;
    private volatile Duration grace = Duration.ofSeconds(60);
    /** What a halt leaves on the accounts and how to sweep it, one sentence. */
    private volatile Supplier<String> leftBehind = () -> "";
    /** Set by a command whose work has cleanup to do ({@code run}); any other stops at once, as before. */
    private volatile boolean cleanupFirst;

    private StopSignals(boolean quiet) {
        this.quiet = quiet;
    }

    /**
     * In the JVM that runs the scenarios: the first SIGINT or SIGTERM stops the run after its cleanup, within the
     * grace; the same signal again halts at once. A different signal is the same stop reaching this JVM twice (a
     * terminal's Ctrl-C reaches the whole process group, and the launching JVM passes it on as SIGTERM). The JVM holds
     * the handler, and the handler this command's stop: one per launched command.
     */
    static StopSignals endRunOnStop(boolean launcherSpeaks) {
        StopSignals signals = new StopSignals(launcherSpeaks);
        install(signals::stop);
        return signals;
    }

    /** A command's stop that no signal reaches (a command run in process, or one that is no short run). */
    static StopSignals unheard() {
        return new StopSignals(false);
    }

    /** Whether the stop line is the launching JVM's to print. */
    boolean quiet() {
        return quiet;
    }

    /** Asks the run to stop as a signal would. */
    void stop(Stop stop) {
        if (!cleanupFirst) {
            endRun(quiet ? null : stop.line(), stop.exitCode());
        } else if (first.compareAndSet(null, stop)) {
            runs.forEach(run -> run.requestStop(stop.signal()));
            Thread timer = new Thread(() -> haltAfterGrace(stop), "stop-grace");
            timer.setDaemon(true);
            timer.start();
        } else if (first.get().signal().equals(stop.signal())) {
            halt(stop, "a second " + stop.signal());
        }
    }

    private void haltAfterGrace(Stop stop) {
        try {
            Thread.sleep(grace.toMillis()); // a deadline, not a wait for something to happen
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        halt(stop, "the cleanup taking longer than --stop-grace " + grace.toSeconds() + " s");
    }

    /** The run's stop, once a signal asked for it. */
    Optional<Stop> stopped() {
        return Optional.ofNullable(first.get());
    }

    /**
     * From now on a stop asks {@code run} to end after its cleanup, within {@code cleanupGrace}, and a halt tells what
     * {@code left} says is left.
     */
    void whenStopped(RunContext run, Duration cleanupGrace, Supplier<String> left) {
        grace = cleanupGrace;
        leftBehind = left;
        runs.add(run);
        cleanupFirst = true;
        stopped().ifPresent(stop -> run.requestStop(stop.signal())); // a stop that came while the run was starting
    }

    /** What a stop does to the reports of the run under way. */
    void discardReports(BooleanSupplier discard) {
        discardReports = discard;
    }

    /** The run is ending by itself (its cleanup done): no halt cuts its last lines short. */
    boolean ending() {
        return ending.compareAndSet(false, true);
    }

    /**
     * Discards the unfinished reports and, when they were not yet in place, prints {@code line} (if any) and ends the
     * JVM at once, with no shutdown for the run's threads to trip over. Reports in place mean the run is ending anyway.
     */
    void endRun(String line, int exitCode) {
        if (discardReports.getAsBoolean() && ending.compareAndSet(false, true)) {
            if (line != null) {
                System.err.println(line);
            }
            System.err.flush();
            System.out.flush();
            Runtime.getRuntime().halt(exitCode);
        }
    }

    private void halt(Stop stop, String why) {
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
