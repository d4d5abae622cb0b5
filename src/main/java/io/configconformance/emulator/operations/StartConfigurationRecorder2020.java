package io.configconformance.emulator.operations;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.ConfigurationRecorder;
import io.configconformance.protocol.ApiVersion;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * StartConfigurationRecorder, 2020-09-07 (api-docs 001): no request parameters; answers the recorder's status and
 * monitored resource types; ProcessIsRunning while a transition lasts.
 */
public final class StartConfigurationRecorder2020 implements Operation {

    private final EmulatorState state;

    public StartConfigurationRecorder2020(EmulatorState state) {
        this.state = state;
    }

    @Override
    public String action() {
        return "StartConfigurationRecorder";
    }

    @Override
    public ApiVersion version() {
        return ApiVersion.V2020_09_07;
    }

    @Override
    public java.util.Set<String> injectableFaults() {
        return java.util.Set.of("ServiceUnavailable", "CreateSLRFail");
    }

    @Override
    public Map<String, Object> handle(OperationCall call) {
        ConfigurationRecorder recorder = state.recorders().of(call.account().accountId());
        if (recorder.view(call.now()).status().inTransition()) {
            throw Errors.PROCESS_IS_RUNNING;
        }
        ConfigurationRecorder.View view =
                recorder.start(call.now(), state.recorderTransition(call.account().accountId()));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ConfigurationRecorderStatus", view.status().name());
        fields.put("ResourceTypes", view.resourceTypes());
        return Map.of("ConfigurationRecorder", fields);
    }
}
