package io.configconformance.suite;

import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Fresh accounts for every scenario from the emulator's control API; groups are created at once unless a scenario says. */
final class EmulatorAccounts implements AccountSource {

    private final EmulatorControl control;

    EmulatorAccounts(EmulatorControl control) {
        this.control = control;
    }

    @Override
    public TestAccount account(String role) {
        TestAccount account = control.createAccount(role);
        if (role.equals("management")) {
            control.setAggregatorCreation(account.accountId(), Duration.ZERO);
        }
        return account;
    }

    @Override
    public List<TestAccount> members(TestAccount management, int count) {
        List<TestAccount> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(control.createMember(management.accountId()));
        }
        return members;
    }

    @Override
    public boolean disposable() {
        return true;
    }
}
