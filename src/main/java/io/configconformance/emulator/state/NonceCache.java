package io.configconformance.emulator.state;

import io.configconformance.signing.Digests;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signature nonces seen within the replay window, in a JDK {@link LinkedHashMap} kept in arrival order.
 *
 * <p>A nonce has to be remembered only while a request carrying it could still pass the timestamp check, so entries
 * older than twice the window are forgotten. Each entry is a 64-bit digest of access key and nonce (two different
 * nonces share a digest with a probability of about n^2 / 2^65), so however long the nonces a client sends, an entry
 * costs the same. When the map holds its capacity the oldest entry gives way: at the default capacity of 524,288 every
 * nonce is remembered for the full 30 minutes up to 291 requests per second sustained, and for the 15 minutes a replay
 * with an unaltered timestamp can pass up to 582 (docs/ERRATA.md, A31). The heap it holds grows with the nonces it
 * remembers, to about 41 MiB at capacity (BENCHMARKS.md, "Nonce memory"). It replaced an open-addressing table of
 * 20 MiB that gained a run no time (docs/DECISIONS.md, D7).
 */
public final class NonceCache {

    /** Nonces remembered at most. */
    public static final int DEFAULT_CAPACITY = 1 << 19;

    private final long keepSeconds;
    private final int capacity;
    /** Digest of access key and nonce to the epoch second of its first use, oldest first. */
    private final LinkedHashMap<Long, Long> firstUses;
    /** The second of the latest first use, boxed once: the entries of one second share it (16 bytes an entry less). */
    private Long latestSecond = Long.MIN_VALUE;

    public NonceCache(Duration window) {
        this(window, DEFAULT_CAPACITY);
    }

    public NonceCache(Duration window, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.keepSeconds = window.multipliedBy(2).toSeconds();
        this.capacity = capacity;
        this.firstUses = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
                return size() > NonceCache.this.capacity;
            }
        };
    }

    /** True the first time a nonce is offered for an access key within the window, false on reuse. */
    public boolean firstUse(String accessKeyId, String nonce, Instant now) {
        Long digest = digest(accessKeyId, nonce);
        long second = now.getEpochSecond();
        synchronized (this) {
            Iterator<Long> oldestFirst = firstUses.values().iterator();
            while (oldestFirst.hasNext() && oldestFirst.next() < second - keepSeconds) {
                oldestFirst.remove();
            }
            if (latestSecond != second) {
                latestSecond = second;
            }
            return firstUses.putIfAbsent(digest, latestSecond) == null;
        }
    }

    /** Nonces remembered now. */
    public synchronized int size() {
        return firstUses.size();
    }

    public int capacity() {
        return capacity;
    }

    public synchronized void reset() {
        firstUses.clear();
    }

    private static long digest(String accessKeyId, String nonce) {
        byte[] hash = Digests.sha256((accessKeyId + '\n' + nonce).getBytes(StandardCharsets.UTF_8));
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (hash[i] & 0xFF);
        }
        return value;
    }
}
