package io.configconformance.emulator.control;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.view.FaultView;
import java.util.Map;

/** GET /faults: the faults still armed, oldest first. */
final class GetFaultsTask implements ControlTask {

    @Override
    public Object execute(EmulatorState state, ControlRequest request) {
        return Map.of("Faults", state.faults().armed().stream().map(FaultView::of).toList());
    }
}
