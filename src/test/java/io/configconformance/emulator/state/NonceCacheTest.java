package io.configconformance.emulator.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
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
}
