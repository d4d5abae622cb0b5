package io.configconformance.emulator.control;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.Timings;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.AccountRegistry;
import io.configconformance.emulator.state.Role;
import io.configconformance.emulator.view.AccountView;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * POST /accounts: a new account of the role; RecorderTransitionMillis and AggregatorCreationMillis, when given, are
 * its own timings from the start (validated as by PUT /accounts/{id}/settings, before anything is created). With
 * {@code "Count":N}, N such accounts in one answer, {@code {"Accounts":[...]}}, so that a caller far from the emulator
 * sets up a directory of 200 members in one round trip instead of 200; all of them or, past the bound, none.
 */
final class CreateAccountTask implements ControlTask {

    @Override
    public Object execute(EmulatorState state, ControlRequest request) {
        JsonNode body = request.body();
        String roleName = body.path("Role").asString("");
        Role role = Role.fromWire(roleName).orElseThrow(() -> Errors.invalidParameter("Role",
                "expected one of individual, management, member, unauthorized, nonexistent, got '" + roleName + "'"));
        Integer count = count(body);
        UnaryOperator<Timings> timings = TimingChanges.optional(body);
        JsonNode management = body.path("ManagementAccountId");
        String folderId = body.path("FolderId").isString() ? body.path("FolderId").asString() : null;
        List<Account> accounts;
        try {
            accounts = state.accounts().create(role, management.canConvertToLong() ? management.asLong() : null,
                    folderId, count == null ? 1 : count);
        } catch (IllegalArgumentException e) {
            throw Errors.invalidParameter(folderId == null ? "ManagementAccountId" : "FolderId", e.getMessage());
        }
        if (timings != null) {
            accounts.forEach(account -> state.changeTimings(account.accountId(), timings));
        }
        List<Map<String, Object>> views = accounts.stream()
                .map(account -> AccountView.of(account, state.accounts().folders(account.accountId()))).toList();
        return count == null ? Map.of("Account", views.get(0)) : Map.of("Accounts", views);
    }

    /** Count, when given: a whole number from 1 to the most accounts the emulator keeps; null when absent. */
    private static Integer count(JsonNode body) {
        JsonNode count = body.path("Count");
        if (count.isMissingNode()) {
            return null;
        }
        if (!count.isIntegralNumber() || !count.canConvertToInt() || count.asInt() < 1
                || count.asInt() > AccountRegistry.MAX_ACCOUNTS) {
            throw Errors.invalidParameter("Count", "expected an integer from 1 to " + AccountRegistry.MAX_ACCOUNTS
                    + ", got " + count);
        }
        return count.asInt();
    }
}
