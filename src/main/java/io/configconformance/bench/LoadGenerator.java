package io.configconformance.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A fixed number of client threads sending requests back to back (each waits for its answer), for a duration or a
 * number of requests; keep-alive connections, as an SDK's connection pool keeps them.
 */
final class LoadGenerator {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int concurrency;

    LoadGenerator(int concurrency) {
        this.concurrency = concurrency;
    }

    /** Runs for the duration; answers other than 2xx count as errors. */
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
                try {
                    while (goOn.getAsBoolean() && issued.incrementAndGet() <= total) {
                        long begin = System.nanoTime();
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(requests.get()).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - begin;
                        if (counts[thread] < latencies.length) {
                            latencies[counts[thread]++] = took;
                        }
                        if (response.statusCode() >= 300) {
                            errors.incrementAndGet();
                            firstError.compareAndSet("", "HTTP " + response.statusCode() + " "
                                    + response.body().substring(0, Math.min(200, response.body().length())));
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    firstError.compareAndSet("", e.toString());
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
