package io.configconformance.emulator.state;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's quota per AccessKeyId: at most {@code limit} requests admitted in any one-second window (a sliding
 * log of admission times). A refused request is not counted, so a caller that backs off gets through again as soon as
 * the window has room.
 */
public final class RateLimiter {

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final Map<String, ArrayDeque<Long>> admitted = new ConcurrentHashMap<>();

    /** Whether a request of this key at {@code nowNanos} (System.nanoTime) is within {@code limit} per second. */
    public boolean admit(String accessKeyId, int limit, long nowNanos) {
        if (limit <= 0) {
            return true;
        }
        ArrayDeque<Long> times = admitted.computeIfAbsent(accessKeyId, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && nowNanos - times.peekFirst() >= WINDOW_NANOS) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(nowNanos);
            return true;
        }
    }

    public void reset() {
        admitted.clear();
    }
}
