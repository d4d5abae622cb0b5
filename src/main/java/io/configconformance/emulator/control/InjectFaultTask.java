package io.configconformance.emulator.control;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.operations.Operation;
import io.configconformance.emulator.operations.OperationTable;
import io.configconformance.emulator.state.Fault;
import io.configconformance.emulator.view.FaultView;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * POST /faults: arms a fault the reference page of the action documents (the operation table's faults of any of its
 * versions), for the next Times calls, of one account if given: the suite's way to reach ServiceUnavailable and the
 * other failures no request can provoke.
 */
final class InjectFaultTask implements ControlTask {

    private final OperationTable operations;

    InjectFaultTask(OperationTable operations) {
        this.operations = operations;
    }

    @Override
    public Object execute(EmulatorState state, ControlRequest request) {
        JsonNode body = request.body();
        String action = body.path("Action").asString("");
        String code = body.path("Code").asString("");
        List<Operation<?>> named = operations.named(action);
        if (named.isEmpty()) {
            throw Errors.invalidParameter("Action", "the emulator has no action '" + action + "'");
        }
        TreeSet<String> documented = new TreeSet<>();
        named.forEach(operation -> operation.faults().forEach(fault -> documented.add(fault.code())));
        if (!documented.contains(code)) {
            throw Errors.invalidParameter("Code", "the pages document " + documented + " for " + action
                    + ", not '" + code + "'");
        }
        JsonNode times = body.path("Times");
        if (!times.isMissingNode() && (!times.isIntegralNumber() || times.asLong() < 1 || times.asLong() > 1000)) {
            throw Errors.invalidParameter("Times", "expected an integer from 1 to 1000");
        }
        JsonNode account = body.path("AccountId");
        Fault fault = new Fault(action, code, times.isMissingNode() ? 1 : times.asInt(),
                account.canConvertToLong() ? account.asLong() : null);
        state.faults().arm(fault);
        return Map.of("Fault", FaultView.of(fault));
    }
}
