package io.configconformance.emulator.control;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.operations.Operation;
import io.configconformance.emulator.operations.OperationTable;
import io.configconformance.emulator.state.Fault;
import io.configconformance.emulator.view.FaultView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * POST /faults: arms a fault for the next Times calls of an action, of one account if given: a code the reference
 * page of the action documents (the operation table's faults of any of its versions) or one the gateway answers for
 * any action (Throttling, Throttling.User, Throttling.Api, ServiceUnavailable), a delay (DelayMillis), or both. The
 * suite's way to reach the failures no request can provoke, and a user's way to test their own retry logic. A field
 * the control API does not know, or an account the emulator does not have, is refused: a fault is never widened.
 */
final class InjectFaultTask implements ControlTask {

    private static final Set<String> FIELDS = Set.of("Action", "Code", "Times", "AccountId", "DelayMillis");

    private final OperationTable operations;

    InjectFaultTask(OperationTable operations) {
        this.operations = operations;
    }

    @Override
    public Object execute(EmulatorState state, ControlRequest request) {
        JsonNode body = request.body();
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw Errors.invalidParameter(name, "a fault has no such field; it has " + new TreeSet<>(FIELDS));
            }
        }
        String action = body.path("Action").asString("");
        List<Operation<?>> named = operations.named(action);
        if (named.isEmpty()) {
            throw Errors.invalidParameter("Action", "the emulator has no action '" + action + "'");
        }
        Duration delay = body.has("DelayMillis") ? TimingChanges.millis(body, "DelayMillis") : Duration.ZERO;
        String code = body.has("Code") || delay.isZero() ? checkedCode(action, named, body.path("Code")) : null;
        JsonNode times = body.path("Times");
        if (!times.isMissingNode() && (!times.isIntegralNumber() || !times.canConvertToLong() || times.asLong() < 1
                || times.asLong() > 1000)) {
            throw Errors.invalidParameter("Times", "expected an integer from 1 to 1000");
        }
        Fault fault = new Fault(action, code, times.isMissingNode() ? 1 : times.asInt(),
                accountOf(state, body.path("AccountId")), delay);
        state.faults().arm(fault);
        return Map.of("Fault", FaultView.of(fault));
    }

    private static String checkedCode(String action, List<Operation<?>> named, JsonNode given) {
        String code = given.asString("");
        TreeSet<String> known = new TreeSet<>();
        named.forEach(operation -> operation.faults().forEach(fault -> known.add(fault.code())));
        Errors.GATEWAY_FAULTS.forEach(fault -> known.add(fault.code()));
        if (!known.contains(code)) {
            throw Errors.invalidParameter("Code", "the pages document " + known + " for " + action + ", not '"
                    + code + "'");
        }
        return code;
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
