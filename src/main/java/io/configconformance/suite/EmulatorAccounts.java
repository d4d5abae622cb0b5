package io.configconformance.suite;

import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fresh accounts for every scenario from the emulator's control API. An individual account's deployments take 200 ms,
 * so a first start is seen BUILDING; a management account's deployments (Cloud Config for Enterprise) and groups are
 * done at once, so scenarios wait little. A scenario that needs a transition in progress sets its own time.
 */
final class EmulatorAccounts implements AccountSource {

    private static final Duration SCENARIO_TRANSITION = Duration.ofMillis(200);

    /** Shared by every scenario's setup: enough to overlap round trips, few enough to spare the emulator. */
    private static final ExecutorService CREATION = Executors.newFixedThreadPool(8, task -> {
        Thread thread = new Thread(task, "account-creation");
        thread.setDaemon(true);
        return thread;
    });

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

    /**
     * The members, created several at a time (an emulator elsewhere is a round trip away; a group of 200 members is
     * 200 requests), listed in the order of their AccountIds, as one-by-one creation would give them.
     */
    @Override
    public List<TestAccount> members(TestAccount management, int count) {
        List<CompletableFuture<TestAccount>> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(CompletableFuture.supplyAsync(() -> control.createMember(management.accountId()), CREATION));
        }
        List<TestAccount> members = new ArrayList<>();
        for (CompletableFuture<TestAccount> member : created) {
            try {
                members.add(member.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        members.sort(Comparator.comparingLong(TestAccount::accountId));
        return members;
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
