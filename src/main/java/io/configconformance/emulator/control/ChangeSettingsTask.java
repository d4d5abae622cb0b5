package io.configconformance.emulator.control;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.view.TimingsView;

/** PUT /settings: changes the emulator's timings and answers them. */
final class ChangeSettingsTask implements ControlTask {

    @Override
    public Object execute(EmulatorState state, ControlRequest request) {
        state.changeTimings(TimingChanges.required(request.body()));
        return TimingsView.of(state.timings());
    }
}
