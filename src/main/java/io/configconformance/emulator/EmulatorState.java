package io.configconformance.emulator;

import io.configconformance.emulator.state.AccountRegistry;
import io.configconformance.emulator.state.NonceCache;
import io.configconformance.emulator.state.RecorderStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Everything one emulator instance remembers, handed to the extensions by the factory (no statics, so several
 * emulators can run in one JVM).
 */
public final class EmulatorState {

    private final AccountRegistry accounts = new AccountRegistry();
    private final RecorderStore recorders = new RecorderStore();
    private final NonceCache nonces;
    private final Clock clock;
    private final Duration defaultTransition;
    private final Duration timestampTolerance;
    private final AtomicReference<Duration> recorderTransition;
    private final Map<Long, Duration> accountTransitions = new ConcurrentHashMap<>();

    public EmulatorState(EmulatorSettings settings, Clock clock) {
        this.nonces = new NonceCache(settings.timestampTolerance());
        this.clock = clock;
        this.defaultTransition = settings.recorderTransition();
        this.timestampTolerance = settings.timestampTolerance();
        this.recorderTransition = new AtomicReference<>(settings.recorderTransition());
    }

    public AccountRegistry accounts() {
        return accounts;
    }

    public RecorderStore recorders() {
        return recorders;
    }

    public NonceCache nonces() {
        return nonces;
    }

    public Clock clock() {
        return clock;
    }

    public Duration timestampTolerance() {
        return timestampTolerance;
    }

    public Duration recorderTransition() {
        return recorderTransition.get();
    }

    public void setRecorderTransition(Duration transition) {
        recorderTransition.set(transition);
    }

    /** How long this account's deployments last: its own setting if it has one, else the emulator's. */
    public Duration recorderTransition(long accountId) {
        return accountTransitions.getOrDefault(accountId, recorderTransition.get());
    }

    /** One account's deployment time, so a scenario can hold its recorder in BUILDING without touching others. */
    public void setRecorderTransition(long accountId, Duration transition) {
        accountTransitions.put(accountId, transition);
    }

    /** Default accounts, no resources, no remembered nonces, the transition time the emulator started with. */
    public void reset() {
        accounts.reset();
        recorders.reset();
        nonces.reset();
        accountTransitions.clear();
        recorderTransition.set(defaultTransition);
    }
}
