package io.configconformance.emulator.control;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.view.TimingsView;

/** GET /settings: the emulator's timings, which every account without its own follows. */
final class GetSettingsTask implements ControlTask {

    @Override
    public Object execute(EmulatorState state, ControlRequest request) {
        return TimingsView.of(state.timings());
    }
}
