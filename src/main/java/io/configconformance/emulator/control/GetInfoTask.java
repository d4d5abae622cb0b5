package io.configconformance.emulator.control;

import io.configconformance.ProductVersion;
import io.configconformance.emulator.EmulatorState;
import io.configconformance.protocol.ApiVersion;
import java.util.Arrays;
import java.util.Map;

/** GET /info: which emulator answers, its version and the API versions it implements. */
final class GetInfoTask implements ControlTask {

    @Override
    public Object execute(EmulatorState state, ControlRequest request) {
        return Map.of("Emulator", "config-conformance", "Version", ProductVersion.text(),
                "ApiVersions", Arrays.stream(ApiVersion.values()).map(ApiVersion::wireName).toList());
    }
}
