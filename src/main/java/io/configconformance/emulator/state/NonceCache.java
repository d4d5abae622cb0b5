package io.configconformance.emulator.state;

import io.configconformance.signing.Digests;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Signature nonces seen within the replay window, in memory allocated once: the heap stays flat however many requests
 * the emulator serves.
 *
 * <p>A nonce has to be remembered only while a request carrying it could still pass the timestamp check, so entries
 * older than twice the window are forgotten. Each entry is a 64-bit digest of access key and nonce; two different
 * nonces share a digest with a probability of about n^2 / 2^65. Entries live in a ring in arrival order, indexed by an
 * open-addressing table. When the ring is full the oldest entry gives way: at the default capacity of 524,288 every
 * nonce is remembered for the full 30 minutes up to 291 requests per second sustained, and for the 15 minutes a
 * replay with an unaltered timestamp can pass up to 582 (docs/ERRATA.md, A31). 10 MiB of heap in all.
 */
public final class NonceCache {

    /** Nonces remembered at most. */
    public static final int DEFAULT_CAPACITY = 1 << 19;

    private final long keepSeconds;
    private final int mask;
    private final long[] digests;
    private final int[] seconds;
    private final int[] table;
    private final int tableMask;
    private long head;
    private long tail;
    private long baseSecond = Long.MIN_VALUE;

    public NonceCache(Duration window) {
        this(window, DEFAULT_CAPACITY);
    }

    /** @param capacity a power of two */
    public NonceCache(Duration window, int capacity) {
        if (Integer.bitCount(capacity) != 1 || capacity > 1 << 29) {
            throw new IllegalArgumentException("capacity must be a power of two up to 2^29: " + capacity);
        }
        this.keepSeconds = window.multipliedBy(2).toSeconds();
        this.mask = capacity - 1;
        this.digests = new long[capacity];
        this.seconds = new int[capacity];
        this.table = new int[capacity * 2];
        this.tableMask = capacity * 2 - 1;
    }

    /** True the first time a nonce is offered for an access key within the window, false on reuse. */
    public boolean firstUse(String accessKeyId, String nonce, Instant now) {
        long digest = digest(accessKeyId, nonce);
        synchronized (this) {
            int second = relative(now.getEpochSecond());
            while (tail < head && seconds[slot(tail)] < second - keepSeconds) {
                forget(slot(tail++));
            }
            for (int i = home(digest); table[i] != 0; i = (i + 1) & tableMask) {
                if (digests[table[i] - 1] == digest) {
                    return false;
                }
            }
            if (head - tail > mask) {
                forget(slot(tail++));
            }
            int slot = slot(head++);
            digests[slot] = digest;
            seconds[slot] = second;
            int i = home(digest);
            while (table[i] != 0) {
                i = (i + 1) & tableMask;
            }
            table[i] = slot + 1;
            return true;
        }
    }

    /** Nonces remembered now. */
    public synchronized int size() {
        return (int) (head - tail);
    }

    public int capacity() {
        return mask + 1;
    }

    public synchronized void reset() {
        Arrays.fill(table, 0);
        head = 0;
        tail = 0;
    }

    private int slot(long position) {
        return (int) (position & mask);
    }

    private int relative(long epochSecond) {
        if (baseSecond == Long.MIN_VALUE) {
            baseSecond = epochSecond;
        }
        long relative = epochSecond - baseSecond;
        return (int) Math.max(Integer.MIN_VALUE + keepSeconds + 1, Math.min(Integer.MAX_VALUE, relative));
    }

    private int home(long digest) {
        return (int) (digest ^ (digest >>> 32)) & tableMask;
    }

    /** Removes the table entry of a ring slot, shifting later entries of its probe run back (no tombstones). */
    private void forget(int slot) {
        int i = home(digests[slot]);
        while (table[i] != slot + 1) {
            i = (i + 1) & tableMask;
        }
        for (int j = i; ; ) {
            table[i] = 0;
            while (true) {
                j = (j + 1) & tableMask;
                if (table[j] == 0) {
                    return;
                }
                int k = home(digests[table[j] - 1]);
                boolean stays = i <= j ? i < k && k <= j : i < k || k <= j;
                if (!stays) {
                    break;
                }
            }
            table[i] = table[j];
            i = j;
        }
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
