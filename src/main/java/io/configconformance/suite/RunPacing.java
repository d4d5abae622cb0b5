package io.configconformance.suite;

import io.configconformance.client.Pacing;

/**
 * The run's one {@link Pacing}, shared by every scenario's clients: requests per second per account from
 * {@code run --max-rate} (none by default), the limit on requests in flight that throttled answers lower, and the
 * counts of throttled answers and resends the run reports.
 */
public final class RunPacing {

    /** More than any run has threads: only throttled answers bring the limit below the run's parallelism. */
    private static final int CEILING = 64;
    private static Pacing current;

    private RunPacing() {
    }

    public static synchronized Pacing current() {
        if (current == null) {
            current = Pacing.of(RunOptions.current().maxRate(), CEILING);
        }
        return current;
    }

    /** A line for the console when anything was throttled; empty otherwise. */
    public static synchronized String summary() {
        if (current == null || current.throttledAnswers() == 0) {
            return "";
        }
        return current.throttledAnswers() + " answers were throttled and " + current.resentRequests()
                + " requests sent again; the limit on requests in flight ended at " + current.concurrencyLimit()
                + (current.maxRate() > 0 ? " (--max-rate " + current.maxRate() + ")" : "");
    }
}
