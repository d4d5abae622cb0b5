package io.configconformance.emulator.operations;

import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.protocol.ApiVersion;
import java.util.Map;

/** One action of one API version, as its reference page describes it. */
public interface Operation {

    String action();

    ApiVersion version();

    /** The error a caller without Config permissions gets; pages differ (NoPermission, NoPermissionCreateAggregator). */
    default ApiError permissionDenied() {
        return Errors.NO_PERMISSION;
    }

    /** The documented fault codes of this operation's error table that the control API may inject. */
    default java.util.Set<String> injectableFaults() {
        return java.util.Set.of("ServiceUnavailable");
    }

    /** The response fields after RequestId, in documented order; throws {@link ApiError} for documented failures. */
    Map<String, Object> handle(OperationCall call);
}
