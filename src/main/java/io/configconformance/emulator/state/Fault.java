package io.configconformance.emulator.state;

import java.time.Duration;

/**
 * A failure, a delay or both for the next {@code times} calls of an action, optionally only for one account: the
 * answer waits {@code delay} (zero: none), then is the error {@code code} (null: the operation answers as usual).
 */
public record Fault(String action, String code, int times, Long accountId, Duration delay) {

    public Fault(String action, String code, int times, Long accountId) {
        this(action, code, times, accountId, Duration.ZERO);
    }

    Fault usedOnce() {
        return new Fault(action, code, times - 1, accountId, delay);
    }
}
