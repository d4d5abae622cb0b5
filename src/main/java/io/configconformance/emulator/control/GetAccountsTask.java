package io.configconformance.emulator.control;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.view.AccountView;
import java.util.Map;

/** GET /accounts: every account the emulator accepts, with its credentials. */
final class GetAccountsTask implements ControlTask {

    @Override
    public Object execute(EmulatorState state, ControlRequest request) {
        return Map.of("Accounts", state.accounts().all().stream()
                .map(account -> AccountView.of(account, state.accounts().folders(account.accountId()))).toList());
    }
}
