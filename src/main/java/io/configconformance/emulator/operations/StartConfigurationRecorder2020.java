package io.configconformance.emulator.operations;

import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.ConfigurationRecorder;

/**
 * StartConfigurationRecorder, 2020-09-07 (docs/api-reference/001): no request parameters; answers the recorder's status and
 * monitored resource types; ProcessIsRunning while a transition lasts.
 */
public final class StartConfigurationRecorder2020 implements Handler<ConfigurationRecorder.View> {

    @Override
    public ConfigurationRecorder.View handle(OperationCall call) {
        ConfigurationRecorder recorder = call.recorder();
        if (recorder.view(call.now()).status().inTransition()) {
            throw Errors.PROCESS_IS_RUNNING;
        }
        return recorder.start(call.now(), call.recorderTransition());
    }
}
