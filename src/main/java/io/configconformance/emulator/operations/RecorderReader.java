package io.configconformance.emulator.operations;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.state.ConfigurationRecorder;
import io.configconformance.protocol.ApiVersion;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The read-only recorder operations real clients call between the documented ones, shaped as the official SDK models
 * describe them: DescribeConfigurationRecorder (2019-01-08) answers the account and enterprise fields as well;
 * GetConfigurationRecorder (2020-09-07) only the status and the monitored types.
 */
public final class RecorderReader implements Operation {

    private final EmulatorState state;
    private final String action;
    private final ApiVersion version;

    private RecorderReader(EmulatorState state, String action, ApiVersion version) {
        this.state = state;
        this.action = action;
        this.version = version;
    }

    public static RecorderReader describe2019(EmulatorState state) {
        return new RecorderReader(state, "DescribeConfigurationRecorder", ApiVersion.V2019_01_08);
    }

    public static RecorderReader get2020(EmulatorState state) {
        return new RecorderReader(state, "GetConfigurationRecorder", ApiVersion.V2020_09_07);
    }

    @Override
    public String action() {
        return action;
    }

    @Override
    public ApiVersion version() {
        return version;
    }

    @Override
    public Map<String, Object> handle(OperationCall call) {
        ConfigurationRecorder.View view = state.recorders().of(call.account().accountId()).view(call.now());
        if (version == ApiVersion.V2019_01_08) {
            return Map.of("ConfigurationRecorder", StartConfigurationRecorder2019.describe(call.account(), view));
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ConfigurationRecorderStatus", view.status().name());
        fields.put("ResourceTypes", view.resourceTypes());
        return Map.of("ConfigurationRecorder", fields);
    }
}
