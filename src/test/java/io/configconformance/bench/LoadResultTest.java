package io.configconformance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoadResultTest {

    private static long ms(long millis) {
        return millis * 1_000_000;
    }

    @Test
    void percentilesAreNearestRankOverTheLatencies() {
        long[] latencies = new long[100];
        for (int i = 0; i < 100; i++) {
            latencies[i] = ms(100 - i);
        }
        LoadResult result = new LoadResult(100, 0, 2.0, latencies);
        assertEquals(50.0, result.percentileMillis(50));
        assertEquals(99.0, result.percentileMillis(99));
        assertEquals(100.0, result.percentileMillis(100));
        assertEquals(50.0, result.perSecond());
    }

    @Test
    void noLatenciesHaveNoPercentile() {
        assertTrue(Double.isNaN(new LoadResult(0, 0, 1.0, new long[0]).percentileMillis(50)));
    }
}
