package io.configconformance.suite;

import io.configconformance.client.TestAccount;
import java.util.List;

/**
 * Where a scenario's accounts come from: fresh ones from the emulator's control API, or the configured credentials
 * of a real endpoint. A source that cannot provide what a scenario needs aborts it with the reason, so it is reported
 * as skipped, never silently dropped.
 */
public interface AccountSource {

    /** An account of the role: individual, management, unauthorized or nonexistent. */
    TestAccount account(String role);

    /** {@code count} member accounts of the management account's directory. */
    List<TestAccount> members(TestAccount management, int count);

    /** Whether accounts are created for each scenario (and so may be changed freely). */
    boolean disposable();

    /** How long the source made its accounts' deployments take; zero when it cannot know (a real service). */
    default java.time.Duration deployment() {
        return java.time.Duration.ZERO;
    }
}
