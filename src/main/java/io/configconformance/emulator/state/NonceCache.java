package io.configconformance.emulator.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signature nonces seen within the replay window. A nonce only has to be remembered as long as a request carrying it
 * could still pass the timestamp check, so entries older than the window are dropped and memory stays bounded.
 */
public final class NonceCache {

    private final Duration window;
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private volatile Instant nextPurge = Instant.MIN;

    public NonceCache(Duration window) {
        this.window = window;
    }

    /** True the first time a nonce is offered for an access key within the window, false on reuse. */
    public boolean firstUse(String accessKeyId, String nonce, Instant now) {
        purgeIfDue(now);
        return seen.putIfAbsent(accessKeyId + '\n' + nonce, now) == null;
    }

    public int size() {
        return seen.size();
    }

    public void reset() {
        seen.clear();
    }

    private void purgeIfDue(Instant now) {
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(window.dividedBy(4));
        Instant oldest = now.minus(window.multipliedBy(2));
        seen.values().removeIf(at -> at.isBefore(oldest));
    }
}
