package io.configconformance.emulator.server;

import java.util.concurrent.atomic.AtomicLong;

/** The bytes of request bodies held in memory at one time, across all requests, up to a fixed total. */
final class BodyBudget {

    private final long total;
    private final AtomicLong held = new AtomicLong();

    BodyBudget(long total) {
        this.total = total;
    }

    /** One request's share of the budget, given back once, whichever thread ends the request first. */
    Reservation reservation() {
        return new Reservation();
    }

    /** Bytes held by requests now. */
    long held() {
        return held.get();
    }

    private boolean take(long bytes) {
        if (held.addAndGet(bytes) > total) {
            held.addAndGet(-bytes);
            return false;
        }
        return true;
    }

    /**
     * A request's bytes. The body is read on a Jetty thread while the body deadline fires on the timer thread: both
     * may end the request, so reserving and releasing are one lock's work, and once released a reservation takes
     * nothing more (bytes taken after the release would never be given back, and enough slow senders would leave
     * every later body with 503).
     */
    final class Reservation {

        private long bytes;
        private boolean released;

        /** False when the budget is spent, or the request has already ended. */
        synchronized boolean reserve(long more) {
            if (released || !take(more)) {
                return false;
            }
            bytes += more;
            return true;
        }

        /** Gives back everything reserved; later calls do nothing. */
        synchronized void release() {
            if (!released) {
                released = true;
                held.addAndGet(-bytes);
                bytes = 0;
            }
        }
    }
}
