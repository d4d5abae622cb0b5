package io.configconformance.emulator.operations;

import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.protocol.Action;
import io.configconformance.protocol.ApiVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One action of one API version, declared once in the {@link OperationTable}: who may call it, the faults its page
 * documents (the ones the control API may inject), what it does and how its answer looks.
 */
public record Operation<R>(Action action, ApiVersion version, Permission permission, List<ApiError> faults,
                           Handler<R> handler, ResponseView<R> view) {

    /** The response fields after RequestId. */
    public Map<String, Object> answer(OperationCall call) {
        return view.render(handler.handle(call), call);
    }

    public Optional<ApiError> fault(String code) {
        return faults.stream().filter(fault -> fault.code().equals(code)).findFirst();
    }
}
