package io.configconformance.emulator.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signature nonces seen within the replay window. A nonce only has to be remembered as long as a request carrying it
 * could still pass the timestamp check, so entries older than twice the window are dropped. Each entry is a 64-bit
 * digest of access key and nonce with its time in seconds, about a third of what the strings would take; two
 * different nonces share a digest with a probability of about n^2 / 2^65, negligible for any real request rate.
 */
public final class NonceCache {

    private final Duration window;
    private final Map<Long, Long> seen = new ConcurrentHashMap<>();
    private volatile Instant nextPurge = Instant.MIN;

    public NonceCache(Duration window) {
        this.window = window;
    }

    /** True the first time a nonce is offered for an access key within the window, false on reuse. */
    public boolean firstUse(String accessKeyId, String nonce, Instant now) {
        purgeIfDue(now);
        return seen.putIfAbsent(digest(accessKeyId, nonce), now.getEpochSecond()) == null;
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
        long oldest = now.minus(window.multipliedBy(2)).getEpochSecond();
        seen.values().removeIf(at -> at < oldest);
    }

    private static long digest(String accessKeyId, String nonce) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((accessKeyId + '\n' + nonce).getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (hash[i] & 0xFF);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
