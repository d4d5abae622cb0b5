package io.configconformance.suite;

import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import java.time.Duration;
import java.util.List;

/**
 * Fresh accounts for every scenario from the emulator's control API. An individual account's deployments take 200 ms,
 * so a first start is seen BUILDING; a management account's deployments (Cloud Config for Enterprise) and groups are
 * done at once, so scenarios wait little. A scenario that needs a transition in progress sets its own time.
 */
final class EmulatorAccounts implements AccountSource {

    private static final Duration SCENARIO_TRANSITION = Duration.ofMillis(200);

    private final EmulatorControl control;

    EmulatorAccounts(EmulatorControl control) {
        this.control = control;
    }

    @Override
    public TestAccount account(String role) {
        return switch (role) {
            case "management" -> control.createAccount(role, Duration.ZERO, Duration.ZERO);
            case "individual" -> control.createAccount(role, SCENARIO_TRANSITION, null);
            default -> control.createAccount(role);
        };
    }

    /** All the members in one control request, so that 200 of them cost one round trip to a distant emulator. */
    @Override
    public List<TestAccount> members(TestAccount management, int count) {
        return count == 0 ? List.of() : control.createMembers(management.accountId(), null, count);
    }

    @Override
    public boolean disposable() {
        return true;
    }

    @Override
    public Duration deployment() {
        return SCENARIO_TRANSITION;
    }
}
