package io.configconformance.cli;

/**
 * The moments of a run on the System.nanoTime() scale, from the process's start (the launching JVM's, when run was
 * relaunched tuned) to the end of its scenarios, as milliseconds between them for the timing line.
 */
final class RunClock {

    private final long jvmStart;
    private final long commandStarted = System.nanoTime();
    private long endpointReady;
    private long discovered;
    private long executed;

    RunClock() {
        long sinceStart = System.currentTimeMillis() - ShortRunJvm.processStartMillis();
        jvmStart = System.nanoTime() - sinceStart * 1_000_000;
    }

    void endpointReady() {
        endpointReady = System.nanoTime();
    }

    void discovered() {
        discovered = System.nanoTime();
    }

    void executed() {
        executed = System.nanoTime();
    }

    long toEndpointReady() {
        return millis(jvmStart, endpointReady);
    }

    long jvmToCommand() {
        return millis(jvmStart, commandStarted);
    }

    long commandToEndpointReady() {
        return millis(commandStarted, endpointReady);
    }

    long discovering() {
        return millis(endpointReady, discovered);
    }

    long executing() {
        return millis(discovered, executed);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
