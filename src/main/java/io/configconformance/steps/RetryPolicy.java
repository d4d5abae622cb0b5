package io.configconformance.steps;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.HttpStats;

/**
 * When a setup or cleanup call is sent again: ServiceUnavailable (503), at most four attempts, waiting 0.5, 1 and 2 s.
 * A call a scenario judges is not (a ServiceUnavailable may be what it tests). Throttled answers are sent again for
 * every call, judged or not, by the client under the run's {@link io.configconformance.client.Pacing}.
 */
final class RetryPolicy {

    static final int ATTEMPTS = 4;
    private static final long FIRST_PAUSE_MILLIS = 500;

    private RetryPolicy() {
    }

    static boolean retryable(ApiResponse response) {
        return response.status() == 503;
    }

    /** Waits before attempt {@code attempt + 1}; false when interrupted (the caller stops retrying). */
    static boolean pauseAfter(int attempt, HttpStats stats) {
        try {
            stats.sleepOnPurpose(FIRST_PAUSE_MILLIS << (attempt - 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
