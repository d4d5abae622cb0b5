package io.configconformance.bench;

import java.util.Arrays;

/** Requests per second and latency percentiles of one load run. */
record LoadResult(long requests, long errors, double seconds, long[] latenciesNanos, String firstError) {

    LoadResult(long requests, long errors, double seconds, long[] latenciesNanos) {
        this(requests, errors, seconds, latenciesNanos, "");
    }

    double perSecond() {
        return requests / seconds;
    }

    double percentileMillis(double percentile) {
        if (latenciesNanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
