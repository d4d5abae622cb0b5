package io.configconformance.client;

import io.configconformance.report.SentSecrets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a run treats a service with quotas. Before each request: at most {@code maxRate} requests per second per
 * AccessKeyId (0: not paced), and a limit on requests in flight that adapts to the service (additive increase,
 * multiplicative decrease: halved by each throttled answer, down to one; raised by one for each limit's worth of
 * answers that were not throttled, up to the ceiling). After a throttled answer ({@code Throttling}, {@code
 * Throttling.User}, {@code Throttling.Api}, ...) the same request is sent again, after a pause that doubles from
 * 200 ms to 5 s with jitter, for up to {@link #THROTTLE_BUDGET_MILLIS}: a throttle is the gateway's answer to the
 * rate, not the service's verdict on the request. {@link #none()} does none of this (a client used on its own sees
 * every answer as it came). Each pacing counts its clients' exchanges and waits in its {@link HttpStats}, and sends
 * them through its {@link HttpTransport}: a run's pacing holds the run's one transport, so its clients share
 * connections and tap.
 */
public final class Pacing {

    public static final long THROTTLE_BUDGET_MILLIS = 120_000;
    private static final long FIRST_PAUSE_MILLIS = 200;
    private static final long LONGEST_PAUSE_MILLIS = 5_000;
    private static final Pattern THROTTLE_CODE =
            Pattern.compile("\"Code\"\\s*:\\s*\"(Throttling[^\"]*)\"|<Code>(Throttling[^<]*)</Code>");

    private final int maxRate;
    private final int ceiling;
    private final boolean resendThrottled;
    private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private int limit;
    private int inFlight;
    private int answeredAtLimit;
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong resent = new AtomicLong();
    private final HttpStats stats = new HttpStats();
    private final HttpTransport transport;

    private Pacing(int maxRate, int ceiling, boolean resendThrottled, HttpTransport transport) {
        this.transport = transport;
        this.maxRate = maxRate;
        this.ceiling = ceiling;
        this.resendThrottled = resendThrottled;
        this.limit = ceiling;
    }

    /** No pacing and no resends, for a client on its own; a new one each time, so that nothing is shared. */
    public static Pacing none() {
        return new Pacing(0, Integer.MAX_VALUE, false, HttpTransport.standalone());
    }

    /** A run's pacing: {@code maxRate} requests per second per AccessKeyId (0: none), at most {@code ceiling} at once. */
    public static Pacing of(int maxRate, int ceiling) {
        return of(maxRate, ceiling, HttpTransport.standalone());
    }

    /** A run's pacing whose clients send through the run's {@code transport}. */
    public static Pacing of(int maxRate, int ceiling, HttpTransport transport) {
        if (maxRate < 0 || ceiling < 1) {
            throw new IllegalArgumentException("a rate is 0 or more and a ceiling 1 or more");
        }
        return new Pacing(maxRate, ceiling, true, transport);
    }

    /** The wire of the clients under this pacing. */
    HttpTransport transport() {
        return transport;
    }

    /** The secrets the clients under this pacing have sent (their transport's): what their lines are masked of. */
    public SentSecrets secrets() {
        return transport.secrets();
    }

    /** What the clients under this pacing spent on the wire and in waits. */
    public HttpStats stats() {
        return stats;
    }

    /** The throttling code of an error answer (Throttling, Throttling.User, ...); empty for any other answer. */
    public static Optional<String> throttleCode(int status, String body) {
        if (status < 400) {
            return Optional.empty();
        }
        Matcher code = THROTTLE_CODE.matcher(body);
        return code.find() ? Optional.of(code.group(1) != null ? code.group(1) : code.group(2)) : Optional.empty();
    }

    /** Waits until a request of this AccessKeyId may leave: its slot in the rate, then a place among those in flight. */
    void acquire(String accessKeyId) throws InterruptedException {
        if (maxRate > 0) {
            long interval = 1_000_000_000L / maxRate;
            long now = System.nanoTime();
            long[] slot = new long[1];
            nextSlot.compute(accessKeyId, (key, next) -> {
                slot[0] = next == null ? now : Math.max(next, now);
                return slot[0] + interval;
            });
            long waitMillis = (slot[0] - now) / 1_000_000;
            if (waitMillis > 0) {
                stats.sleepOnPurpose(waitMillis);
            }
        }
        synchronized (lock) {
            long started = System.nanoTime();
            while (inFlight >= limit) {
                lock.wait();
            }
            stats.waited(System.nanoTime() - started);
            inFlight++;
        }
    }

    /** The request has its answer: its place is free; a throttled answer halves the limit, another raises it. */
    void release(boolean wasThrottled) {
        synchronized (lock) {
            inFlight--;
            if (wasThrottled) {
                throttled.incrementAndGet();
                limit = Math.max(1, limit / 2);
                answeredAtLimit = 0;
            } else if (limit < ceiling && ++answeredAtLimit >= limit) {
                limit++;
                answeredAtLimit = 0;
            }
            lock.notifyAll();
        }
    }

    boolean resendsThrottled() {
        return resendThrottled;
    }

    /** The pause before resend number {@code resend} (1, 2, ...): doubling from 200 ms to 5 s, with up to 50% jitter. */
    static long pauseBeforeResend(int resend) {
        long base = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(resend - 1, 10));
        return base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    }

    void countResend() {
        resent.incrementAndGet();
    }

    public long throttledAnswers() {
        return throttled.get();
    }

    public long resentRequests() {
        return resent.get();
    }

    /** The current limit on requests in flight (the ceiling until a throttled answer). */
    public int concurrencyLimit() {
        synchronized (lock) {
            return limit;
        }
    }

    public int maxRate() {
        return maxRate;
    }
}
