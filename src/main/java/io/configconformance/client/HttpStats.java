package io.configconformance.client;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What one run spends on the wire and in deliberate waits, for the benchmark's split of suite time: every exchange its
 * clients make (API and control API) and every pause its steps take on purpose (polling, backoff). One per run (its
 * {@link Pacing} holds it), so that two runs in one JVM count apart.
 */
public final class HttpStats {

    private final AtomicLong exchanges = new AtomicLong();
    private final AtomicLong httpNanos = new AtomicLong();
    private final AtomicLong waitNanos = new AtomicLong();

    public void exchange(long nanos) {
        exchanges.incrementAndGet();
        httpNanos.addAndGet(nanos);
    }

    /** Sleeps on purpose and counts it as waiting, not as work. */
    public void sleepOnPurpose(long millis) throws InterruptedException {
        long start = System.nanoTime();
        try {
            Thread.sleep(millis);
        } finally {
            waitNanos.addAndGet(System.nanoTime() - start);
        }
    }

    /** Counts a wait that happened elsewhere (a request held back by the run's pacing). */
    public void waited(long nanos) {
        waitNanos.addAndGet(nanos);
    }

    public long exchanges() {
        return exchanges.get();
    }

    public long httpMillis() {
        return httpNanos.get() / 1_000_000;
    }

    public long waitMillis() {
        return waitNanos.get() / 1_000_000;
    }
}
