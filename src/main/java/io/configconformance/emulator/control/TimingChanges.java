package io.configconformance.emulator.control;

import io.configconformance.emulator.Timings;
import io.configconformance.emulator.gateway.Errors;
import java.time.Duration;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * The timings a control request's body sets (RecorderTransitionMillis, AggregatorCreationMillis, LatencyMillis,
 * RateLimitPerSecond), validated before anything changes; durations at most an hour, so a mistaken value cannot hold a
 * scenario for good; a rate limit from 0 (none) to 100000 requests per second.
 */
final class TimingChanges {

    private static final long MAX_MILLIS = 3_600_000L;
    private static final int MAX_RATE = 100_000;

    private TimingChanges() {
    }

    /** The change the body asks for; a body that sets no timing is InvalidParameter. */
    static UnaryOperator<Timings> required(JsonNode body) {
        UnaryOperator<Timings> changes = optional(body);
        if (changes == null) {
            throw Errors.invalidParameter("body", "give one or more of RecorderTransitionMillis,"
                    + " AggregatorCreationMillis, LatencyMillis, RateLimitPerSecond");
        }
        return changes;
    }

    /** The change the body asks for; null when it sets none. */
    static UnaryOperator<Timings> optional(JsonNode body) {
        Duration recorder = millis(body, "RecorderTransitionMillis");
        Duration aggregator = millis(body, "AggregatorCreationMillis");
        Duration latency = millis(body, "LatencyMillis");
        Long rate = number(body, "RateLimitPerSecond", MAX_RATE);
        if (recorder == null && aggregator == null && latency == null && rate == null) {
            return null;
        }
        return timings -> {
            Timings changed = recorder == null ? timings : timings.withRecorderTransition(recorder);
            changed = aggregator == null ? changed : changed.withAggregatorCreation(aggregator);
            changed = latency == null ? changed : changed.withLatency(latency);
            return rate == null ? changed : changed.withRateLimit(rate.intValue());
        };
    }

    static Duration millis(JsonNode body, String name) {
        Long millis = number(body, name, MAX_MILLIS);
        return millis == null ? null : Duration.ofMillis(millis);
    }

    private static Long number(JsonNode body, String name, long most) {
        JsonNode value = body.path(name);
        if (value.isMissingNode()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0 || value.asLong() > most) {
            throw Errors.invalidParameter(name, "expected an integer from 0 to " + most);
        }
        return value.asLong();
    }
}
