package io.configconformance.emulator.view;

import io.configconformance.emulator.Timings;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the control API shows timings: the same names, in milliseconds, that PUT /settings accepts. */
public final class TimingsView {

    private TimingsView() {
    }

    public static Map<String, Object> of(Timings timings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("RecorderTransitionMillis", timings.recorderTransition().toMillis());
        fields.put("AggregatorCreationMillis", timings.aggregatorCreation().toMillis());
        fields.put("LatencyMillis", timings.latency().toMillis());
        fields.put("RateLimitPerSecond", timings.rateLimit());
        return fields;
    }
}
