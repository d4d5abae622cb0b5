package io.configconformance.emulator.view;

import io.configconformance.emulator.Timings;
import java.util.Map;

/** How the control API shows timings: the same names, in milliseconds, that PUT /settings accepts. */
public final class TimingsView {

    private TimingsView() {
    }

    public static Map<String, Object> of(Timings timings) {
        return Map.of("RecorderTransitionMillis", timings.recorderTransition().toMillis(),
                "AggregatorCreationMillis", timings.aggregatorCreation().toMillis());
    }
}
