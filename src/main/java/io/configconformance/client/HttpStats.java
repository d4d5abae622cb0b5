package io.configconformance.client;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What a run spends on the wire and in deliberate waits, for the benchmark's split of suite time: every exchange the
 * clients make (API and control API) and every pause the steps take on purpose (polling, backoff).
 */
public final class HttpStats {

    private static final AtomicLong EXCHANGES = new AtomicLong();
    private static final AtomicLong HTTP_NANOS = new AtomicLong();
    private static final AtomicLong WAIT_NANOS = new AtomicLong();

    private HttpStats() {
    }

    public static void exchange(long nanos) {
        EXCHANGES.incrementAndGet();
        HTTP_NANOS.addAndGet(nanos);
    }

    /** Sleeps on purpose and counts it as waiting, not as work. */
    public static void sleepOnPurpose(long millis) throws InterruptedException {
        long start = System.nanoTime();
        try {
            Thread.sleep(millis);
        } finally {
            WAIT_NANOS.addAndGet(System.nanoTime() - start);
        }
    }

    /** Counts a wait that happened elsewhere (a request held back by the run's pacing). */
    public static void waited(long nanos) {
        WAIT_NANOS.addAndGet(nanos);
    }

    public static long exchanges() {
        return EXCHANGES.get();
    }

    public static long httpMillis() {
        return HTTP_NANOS.get() / 1_000_000;
    }

    public static long waitMillis() {
        return WAIT_NANOS.get() / 1_000_000;
    }
}
