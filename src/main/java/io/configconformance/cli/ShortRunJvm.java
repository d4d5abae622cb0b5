package io.configconformance.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code run} is a short process that spends most of its CPU compiling code it uses for a few seconds. On two cores
 * the default JVM gives a whole core to the optimising compiler, which then delays every thread hand-off of every
 * exchange. So {@code run} starts a second JVM tuned for a short run ({@link #FLAGS}), with
 * the same class path, properties and arguments, and passes on its output and exit code (docs/DECISIONS.md, D2).
 *
 * <p>No relaunch when {@code -Dconformance.tune-jvm=false} is given, or when the JVM was started with {@code -XX:}
 * options: whoever tunes the JVM themselves gets the JVM they asked for.
 */
final class ShortRunJvm {

    /** The commands that run the suite once and end: {@code parity} is a run too. */
    static final List<String> SHORT_RUNS = List.of("run", "parity");

    /** {@code false} turns the relaunch off. */
    static final String TUNE = "conformance.tune-jvm";
    /** Set in the relaunched JVM: the launching process's PID, so that it can end with it. */
    static final String LAUNCHER_PID = "conformance.launcher-pid";
    /** Set in the relaunched JVM: when the launching JVM started (epoch milliseconds), for the start-up figure. */
    static final String LAUNCHED_AT = "conformance.launched-at";
    /** First JIT tier only; the serial collector (D2). */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private ShortRunJvm() {
    }

    /** Whether this JVM should hand {@code args} to a tuned one. */
    static boolean wanted(String[] args, List<String> jvmArguments) {
        return wanted(args, jvmArguments, System.getProperty(TUNE), relaunched());
    }

    static boolean wanted(String[] args, List<String> jvmArguments, String tuneProperty, boolean alreadyRelaunched) {
        return args.length > 0 && SHORT_RUNS.contains(args[0])
                && !alreadyRelaunched
                && !"false".equals(tuneProperty)
                && jvmArguments.stream().noneMatch(argument -> argument.startsWith("-XX:"));
    }

    /**
     * The tuned JVM's command line: its flags, the jar's class-data archive if the build wrote one (D7), then this
     * JVM's own options, then the same main class and arguments.
     */
    static List<String> command(Path javaHome, String classPath, List<String> jvmArguments, long launchedAt,
                                String[] args) {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(FLAGS);
        ClassArchive.besideJar(classPath).ifPresent(archive -> command.addAll(ClassArchive.flags(archive)));
        command.addAll(jvmArguments);
        command.add("-D" + LAUNCHED_AT + "=" + launchedAt);
        command.add("-D" + LAUNCHER_PID + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    static List<String> jvmArguments() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** The tuned JVM's command line for this JVM. */
    static List<String> command(String[] args, List<String> jvmArguments) {
        return command(Path.of(System.getProperty("java.home")), System.getProperty("java.class.path"), jvmArguments,
                ManagementFactory.getRuntimeMXBean().getStartTime(), args);
    }

    /**
     * Runs the tuned JVM's command, sharing this process's standard streams, and returns its exit code. If this
     * process is stopped, the tuned one is stopped with it; if this process dies, the tuned one ends by itself
     * ({@link #endWithLauncher()}). SIGINT and SIGTERM stop the tuned JVM, which writes no report and says nothing;
     * this process then prints the one line and returns 130 or 143. Throws, leaving nothing behind, when the tuned
     * JVM cannot be started.
     */
    static int relaunch(List<String> command) throws IOException, InterruptedException {
        // The hook is in place before the tuned JVM exists, so a stop at any moment stops it too.
        AtomicReference<Process> tuned = new AtomicReference<>();
        AtomicReference<StopSignals.Stop> received = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger signals = new java.util.concurrent.atomic.AtomicInteger();
        StopSignals.install(stop -> {
            received.compareAndSet(null, stop);
            signals.incrementAndGet();
            passOn(tuned); // a second signal is passed on too: the tuned JVM then halts at once, saying what is left
        });
        Thread stop = new Thread(() -> stopAndWait(tuned), "stop-tuned-jvm");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            synchronized (tuned) {
                tuned.set(new ProcessBuilder(command).inheritIO().start());
                if (received.get() != null) { // stopped while it was starting
                    tuned.get().destroy();
                }
            }
        } catch (IOException e) {
            Runtime.getRuntime().removeShutdownHook(stop);
            throw e;
        }
        int exitCode = tuned.get().waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException shuttingDown) {
            // Stopped by another signal (SIGHUP): the hook has stopped the tuned JVM and this JVM ends with it.
        }
        // A tuned JVM that finished its run before the signal came ends as it ended; one that was stopped, by a signal
        // to this process or to itself, has left the reports as they were.
        Optional<StopSignals.Stop> stopped = StopSignals.Stop.ofExitCode(exitCode)
                .map(byCode -> received.get() == null ? byCode : received.get());
        if (stopped.isPresent()) {
            if (signals.get() < 2) { // after a second signal the tuned JVM has said how it ended
                System.err.println(stopped.get().line());
            }
            return stopped.get().exitCode();
        }
        return exitCode;
    }

    /** SIGTERM to the tuned JVM, which stops after its cleanup; the main thread waits for it to end. */
    private static void passOn(AtomicReference<Process> tuned) {
        synchronized (tuned) { // a start under way completes first
            Process process = tuned.get();
            if (process != null) {
                process.destroy();
            }
        }
    }

    private static void stopAndWait(AtomicReference<Process> tuned) {
        synchronized (tuned) { // a start under way completes first
            Process process = tuned.get();
            if (process == null) {
                return;
            }
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * In the tuned JVM: stops the run, cleanup first, when the launching process is gone (killed outright, its hook
     * never ran). The launcher names itself: one killed before this JVM got here has already left it to another
     * parent, which would otherwise be watched in its place, and the run would go on with nobody waiting for it.
     */
    static void endWithLauncher(StopSignals signals) {
        Long pid = Long.getLong(LAUNCHER_PID);
        Optional<ProcessHandle> launcher = pid == null ? ProcessHandle.current().parent()
                : ProcessHandle.of(pid).filter(handle -> ProcessHandle.current().parent()
                        .map(ProcessHandle::pid).filter(pid::equals).isPresent());
        Runnable stop = () -> signals.stop(StopSignals.Stop.TERM); // as if it had passed a SIGTERM on: cleanup first
        if (launcher.isEmpty() || !launcher.get().isAlive()) {
            stop.run();
        } else {
            launcher.get().onExit().thenRun(stop);
        }
    }

    /** Whether this JVM is the tuned one a launcher started. */
    static boolean relaunched() {
        return System.getProperty(LAUNCHED_AT) != null;
    }

    /** When the launching JVM started (epoch milliseconds), or this JVM's start if it was not relaunched. */
    static long processStartMillis() {
        String launchedAt = System.getProperty(LAUNCHED_AT);
        if (launchedAt != null) {
            try {
                return Long.parseLong(launchedAt);
            } catch (NumberFormatException e) {
                // Not set by a launcher of ours: fall back to this JVM's start.
            }
        }
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
