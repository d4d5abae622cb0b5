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
        if (!times.isMissingNode() && (!times.canConvertToInt() || times.asLong() < 1 || times.asLong() > 1000)) {
            throw Errors.invalidParameter("Times", "expected an integer from 1 to 1000");
        }
        Fault fault = new Fault(action, code, times.isMissingNode() ? 1 : times.asInt(),
                accountOf(state, body.path("AccountId")));
        state.faults().arm(fault);
        return Map.of("Fault", FaultView.of(fault));
    }

    /** The account a fault is for, null for every account when none is given; an unknown one is refused, not widened. */
    private static Long accountOf(EmulatorState state, JsonNode account) {
        if (account.isMissingNode() || account.isNull()) {
            return null;
        }
        if (!account.isIntegralNumber() || !account.canConvertToLong()
                || state.accounts().all().stream().noneMatch(known -> known.accountId() == account.asLong())) {
            throw Errors.invalidParameter("AccountId", "no account of the emulator has the ID " + account);
        }
        return account.asLong();
    }
}
