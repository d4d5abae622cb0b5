package io.configconformance.emulator.operations;

import io.configconformance.emulator.state.ConfigurationRecorder;

/**
 * GetConfigurationRecorder, 2020-09-07 (the official SDK model; real clients call it between the documented
 * operations): the caller's recorder, of which the 2020-09-07 view shows only the status and the monitored types.
 */
public final class GetConfigurationRecorder2020 implements Handler<ConfigurationRecorder.View> {

    @Override
    public ConfigurationRecorder.View handle(OperationCall call) {
        return call.recorder().view(call.now());
    }
}
