package io.configconformance.emulator.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NonceCacheTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final NonceCache cache = new NonceCache(Duration.ofMinutes(15));

    @Test
    void aNonceIsAcceptedOncePerAccessKey() {
        assertTrue(cache.firstUse("key-a", "n1", T0));
        assertFalse(cache.firstUse("key-a", "n1", T0.plusSeconds(1)));
        assertTrue(cache.firstUse("key-b", "n1", T0.plusSeconds(1)), "another key may use the same nonce");
    }

    @Test
    void aNonceIsRememberedForTwiceTheTimestampWindow() {
        cache.firstUse("key", "n1", T0);
        assertFalse(cache.firstUse("key", "n1", T0.plus(Duration.ofMinutes(29))));
    }

    @Test
    void noncesOlderThanTwiceTheWindowAreForgotten() {
        cache.firstUse("key", "n1", T0);
        cache.firstUse("key", "n2", T0.plus(Duration.ofMinutes(31)));
        assertEquals(1, cache.size(), "the nonce of 31 minutes ago is purged, memory stays bounded");
    }

    @Test
    void aFullCacheForgetsItsOldestNonceFirst() {
        NonceCache small = new NonceCache(Duration.ofMinutes(15), 4);
        for (int i = 1; i <= 5; i++) {
            assertTrue(small.firstUse("key", "n" + i, T0));
        }
        assertEquals(4, small.size());
        assertFalse(small.firstUse("key", "n2", T0), "n2..n5 are still remembered");
        assertFalse(small.firstUse("key", "n5", T0));
        assertTrue(small.firstUse("key", "n1", T0), "n1 gave way to n5");
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NonceCache(Duration.ofMinutes(15), 0));
    }

    @Test
    void theDefaultCapacityIsTheOneDocumented() {
        assertEquals(524_288, cache.capacity(), "docs/ERRATA.md A31 derives its rates from it");
    }

    @Test
    void aResetForgetsEveryNonce() {
        cache.firstUse("key", "n1", T0);
        cache.reset();
        assertEquals(0, cache.size());
        assertTrue(cache.firstUse("key", "n1", T0));
    }

    /** Against a plain model (map plus arrival queue): tiny capacities make eviction by size and by age frequent. */
    @Test
    void agreesWithASimpleModelOverLongRandomSequences() {
        for (int seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            int capacity = 1 + random.nextInt(32);
            NonceCache cache = new NonceCache(Duration.ofSeconds(10), capacity);
            Map<String, Long> model = new HashMap<>();
            ArrayDeque<String> order = new ArrayDeque<>();
            long second = 0;
            for (int step = 0; step < 20_000; step++) {
                second += random.nextInt(10) == 0 ? random.nextInt(8) : 0;
                String nonce = "n" + random.nextInt(capacity * 3);
                while (!order.isEmpty() && (model.get(order.peekFirst()) < second - 20 || order.size() >= capacity
                        && !model.containsKey(nonce))) {
                    model.remove(order.pollFirst());
                }
                boolean expected = !model.containsKey(nonce);
                if (expected) {
                    model.put(nonce, second);
                    order.addLast(nonce);
                }
                boolean actual = cache.firstUse("key", nonce, T0.plusSeconds(second));
                assertEquals(expected, actual, "seed " + seed + ", step " + step + ", nonce " + nonce);
                assertEquals(model.size(), cache.size(), "seed " + seed + ", step " + step);
            }
        }
    }
}
