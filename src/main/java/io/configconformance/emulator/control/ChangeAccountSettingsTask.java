package io.configconformance.emulator.control;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.view.TimingsView;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PUT /accounts/{AccountId}/settings: one account's own timings, so that a scenario can hold its resources in
 * transition without slowing the others.
 */
final class ChangeAccountSettingsTask implements ControlTask {

    @Override
    public Object execute(EmulatorState state, ControlRequest request) {
        long accountId = request.pathAccountId();
        if (state.accounts().all().stream().noneMatch(account -> account.accountId() == accountId)) {
            throw new ApiError(404, "AccountNotExisted", "The emulator has no account " + accountId + ".");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("AccountId", accountId);
        answer.putAll(TimingsView.of(state.changeTimings(accountId, TimingChanges.required(request.body()))));
        return answer;
    }
}
