package io.configconformance.emulator.control;

import io.configconformance.emulator.Timings;
import io.configconformance.emulator.gateway.Errors;
import java.time.Duration;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * The timings a control request's body sets (RecorderTransitionMillis, AggregatorCreationMillis), validated before
 * anything changes; at most an hour, so a mistaken value cannot hold a scenario for good.
 */
final class TimingChanges {

    private static final long MAX_MILLIS = 3_600_000L;

    private TimingChanges() {
    }

    /** The change the body asks for; a body that sets no timing is InvalidParameter. */
    static UnaryOperator<Timings> required(JsonNode body) {
        UnaryOperator<Timings> changes = optional(body);
        if (changes == null) {
            throw Errors.invalidParameter("body", "give RecorderTransitionMillis and/or AggregatorCreationMillis");
        }
        return changes;
    }

    /** The change the body asks for; null when it sets none. */
    static UnaryOperator<Timings> optional(JsonNode body) {
        Duration recorder = millis(body, "RecorderTransitionMillis");
        Duration aggregator = millis(body, "AggregatorCreationMillis");
        if (recorder == null && aggregator == null) {
            return null;
        }
        return timings -> {
            Timings changed = recorder == null ? timings : timings.withRecorderTransition(recorder);
            return aggregator == null ? changed : changed.withAggregatorCreation(aggregator);
        };
    }

    private static Duration millis(JsonNode body, String name) {
        JsonNode value = body.path(name);
        if (value.isMissingNode()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0 || value.asLong() > MAX_MILLIS) {
            throw Errors.invalidParameter(name, "expected an integer from 0 to " + MAX_MILLIS);
        }
        return Duration.ofMillis(value.asLong());
    }
}
