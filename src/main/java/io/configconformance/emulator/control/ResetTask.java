package io.configconformance.emulator.control;

import io.configconformance.emulator.EmulatorState;
import java.util.Map;

/** POST /reset: the emulator as it started (default accounts, no resources, no faults, its first timings). */
final class ResetTask implements ControlTask {

    @Override
    public Object execute(EmulatorState state, ControlRequest request) {
        state.reset();
        return Map.of("Reset", true);
    }
}
