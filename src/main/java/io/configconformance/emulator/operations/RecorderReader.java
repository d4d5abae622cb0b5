package io.configconformance.emulator.operations;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.protocol.ApiVersion;
import java.util.Map;

/**
 * The read-only recorder operations real clients call between the documented ones: DescribeConfigurationRecorder
 * (2019-01-08) and GetConfigurationRecorder (2020-09-07). Both answer the 2019-01-08 recorder struct, as the official
 * SDK models describe it.
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
        return Map.of("ConfigurationRecorder", StartConfigurationRecorder2019.describe(call.account(),
                state.recorders().of(call.account().accountId()).view(call.now())));
    }
}
