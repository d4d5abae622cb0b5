package io.configconformance.emulator.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path of the timestamp check accepts exactly what Instant.parse accepts, with the same value. */
class TimestampParsingTest {

    @Test
    void agreesWithInstantParseOnValidAndInvalidTimestamps() {
        Random random = new Random(11);
        String[] fixed = {"2026-11-23T10:00:00Z", "2024-02-29T23:59:59Z", "2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-00-10T00:00:00Z", "2026-04-31T00:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T23:59:60Z",
            "2026-11-23T23:60:00Z", "0000-01-01T00:00:00Z", "2026-11-23T10:00:00.5Z", "2026-11-23 10:00:00Z",
            "2026-1a-23T10:00:00Z", "2026-11-23T10:00:00z", "+2026-11-23T10:00:00Z", "", "2026-11-23T10:00:00+00:00"};
        for (String text : fixed) {
            assertSame(text);
        }
        for (int i = 0; i < 50_000; i++) {
            assertSame(String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", random.nextInt(10_000), random.nextInt(15),
                    random.nextInt(34), random.nextInt(26), random.nextInt(62), random.nextInt(62)));
        }
    }

    private static void assertSame(String text) {
        assertEquals(outcome(() -> Instant.parse(text)), outcome(() -> Authenticator.parseTimestamp(text)), text);
    }

    private static String outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeParseException e) {
            return "rejected";
        }
    }
}
