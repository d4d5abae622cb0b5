package io.configconformance.emulator.control;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.Timings;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.Role;
import io.configconformance.emulator.view.AccountView;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * POST /accounts: a new account of the role; RecorderTransitionMillis and AggregatorCreationMillis, when given, are
 * its own timings from the start (validated as by PUT /accounts/{id}/settings, before anything is created).
 */
final class CreateAccountTask implements ControlTask {

    @Override
    public Object execute(EmulatorState state, ControlRequest request) {
        JsonNode body = request.body();
        String roleName = body.path("Role").asString("");
        Role role = Role.fromWire(roleName).orElseThrow(() -> Errors.invalidParameter("Role",
                "expected one of individual, management, member, unauthorized, nonexistent, got '" + roleName + "'"));
        UnaryOperator<Timings> timings = TimingChanges.optional(body);
        JsonNode management = body.path("ManagementAccountId");
        String folderId = body.path("FolderId").isString() ? body.path("FolderId").asString() : null;
        Account account;
        try {
            account = state.accounts().create(role, management.canConvertToLong() ? management.asLong() : null,
                    folderId);
        } catch (IllegalArgumentException e) {
            throw Errors.invalidParameter(folderId == null ? "ManagementAccountId" : "FolderId", e.getMessage());
        }
        if (timings != null) {
            state.changeTimings(account.accountId(), timings);
        }
        return Map.of("Account", AccountView.of(account, state.accounts().folders(account.accountId())));
    }
}
