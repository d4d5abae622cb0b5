package io.configconformance.emulator.operations;

import io.configconformance.emulator.state.ConfigurationRecorder;

/**
 * DescribeConfigurationRecorder, 2019-01-08 (the official SDK model; real clients call it between the documented
 * operations): the caller's recorder with its account and enterprise fields.
 */
public final class DescribeConfigurationRecorder2019 implements Handler<ConfigurationRecorder.View> {

    @Override
    public ConfigurationRecorder.View handle(OperationCall call) {
        return call.recorder().view(call.now());
    }
}
