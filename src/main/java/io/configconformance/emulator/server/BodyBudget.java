package io.configconformance.emulator.server;

import java.util.concurrent.atomic.AtomicLong;

/** The bytes of request bodies held in memory at one time, across all requests, up to a fixed total. */
final class BodyBudget {

    private final long total;
    private final AtomicLong held = new AtomicLong();

    BodyBudget(long total) {
        this.total = total;
    }

    boolean reserve(long bytes) {
        if (held.addAndGet(bytes) > total) {
            held.addAndGet(-bytes);
            return false;
        }
        return true;
    }

    void release(long bytes) {
        held.addAndGet(-bytes);
    }
}
