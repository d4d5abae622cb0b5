package io.configconformance.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A fixed number of client threads sending requests back to back (each waits for its answer), for a duration or a
 * number of requests; each thread keeps one keep-alive connection, as an SDK's connection pool keeps them, and sends
 * every request once ({@link KeepAliveConnection}).
 */
final class LoadGenerator {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final int concurrency;

    LoadGenerator(int concurrency) {
        this.concurrency = concurrency;
    }

    /** Runs for the duration; answers other than 2xx count as errors, and so do requests whose connection failed. */
    LoadResult forDuration(Duration duration, Supplier<URI> requests) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        return run(requests, () -> System.nanoTime() < deadline, Long.MAX_VALUE);
    }

    LoadResult forRequests(long total, Supplier<URI> requests) throws InterruptedException {
        return run(requests, () -> true, total);
    }

    private LoadResult run(Supplier<URI> requests, java.util.function.BooleanSupplier goOn, long total)
            throws InterruptedException {
        AtomicLong issued = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>("");
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[concurrency];
        CountDownLatch done = new CountDownLatch(concurrency);
        long started = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            long[] latencies = new long[1 << 20];
            perThread.add(latencies);
            int thread = t;
            new Thread(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(CONNECT_TIMEOUT)) {
                    while (goOn.getAsBoolean() && issued.incrementAndGet() <= total) {
                        long begin = System.nanoTime();
                        KeepAliveConnection.Answer answer;
                        try {
                            answer = connection.get(requests.get());
                        } catch (IOException | RuntimeException e) { // counted, not sent again: the next request
                            errors.incrementAndGet();                // opens a new connection
                            firstError.compareAndSet("", e.toString());
                            continue;
                        }
                        long took = System.nanoTime() - begin;
                        if (counts[thread] < latencies.length) {
                            latencies[counts[thread]++] = took;
                        }
                        if (answer.status() >= 300) {
                            errors.incrementAndGet();
                            firstError.compareAndSet("", "HTTP " + answer.status() + " "
                                    + answer.body().substring(0, Math.min(200, answer.body().length())));
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "load-" + t).start();
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        int n = 0;
        for (int count : counts) {
            n += count;
        }
        long[] all = new long[n];
        int at = 0;
        for (int t = 0; t < concurrency; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        return new LoadResult(n, errors.get(), seconds, all, firstError.get());
    }
}
