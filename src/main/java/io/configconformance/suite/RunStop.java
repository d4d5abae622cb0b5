package io.configconformance.suite;

import java.util.Optional;

/**
 * Whether the run has been asked to stop (SIGINT, SIGTERM): from then on no scenario begins and a running one sends
 * nothing more but its cleanup, so that what it began is undone before the run ends. A signal is the process's, so
 * this is too: one flag per JVM, set once.
 */
public final class RunStop {

    private static volatile String signal;

    private RunStop() {
    }

    /** The run is stopping because of {@code name} (the first signal counts). */
    public static synchronized void request(String name) {
        if (signal == null) {
            signal = name;
        }
    }

    /** The signal that stopped the run, if one did. */
    public static Optional<String> requested() {
        return Optional.ofNullable(signal);
    }
}
