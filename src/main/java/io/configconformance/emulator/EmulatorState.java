package io.configconformance.emulator;

import io.configconformance.emulator.state.AccountRegistry;
import io.configconformance.emulator.state.AggregatorStore;
import io.configconformance.emulator.state.FaultInjector;
import io.configconformance.emulator.state.NonceCache;
import io.configconformance.emulator.state.RateLimiter;
import io.configconformance.emulator.state.RecorderStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Everything one emulator instance remembers, handed to the extensions by the factory (no statics, so several
 * emulators can run in one JVM). Resources are scoped per account; timings are the emulator's unless an account has
 * its own.
 */
public final class EmulatorState {

    private final AccountRegistry accounts = new AccountRegistry();
    private final RecorderStore recorders = new RecorderStore();
    private final AggregatorStore aggregators = new AggregatorStore();
    private final FaultInjector faults = new FaultInjector();
    private final RateLimiter rates = new RateLimiter();
    private final NonceCache nonces;
    private final Clock clock;
    private final Duration timestampTolerance;
    private final Timings initialTimings;
    private final AtomicReference<Timings> timings;
    private final Map<Long, Timings> accountTimings = new ConcurrentHashMap<>();

    public EmulatorState(EmulatorSettings settings, Clock clock) {
        this.nonces = new NonceCache(settings.timestampTolerance());
        this.clock = clock;
        this.timestampTolerance = settings.timestampTolerance();
        this.initialTimings = Timings.DEFAULT.withRecorderTransition(settings.recorderTransition())
                .withLatency(settings.latency()).withRateLimit(settings.rateLimit());
        this.timings = new AtomicReference<>(initialTimings);
    }

    public AccountRegistry accounts() {
        return accounts;
    }

    public RecorderStore recorders() {
        return recorders;
    }

    public AggregatorStore aggregators() {
        return aggregators;
    }

    public FaultInjector faults() {
        return faults;
    }

    public RateLimiter rates() {
        return rates;
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

    public Timings timings() {
        return timings.get();
    }

    public void changeTimings(UnaryOperator<Timings> change) {
        timings.updateAndGet(change);
    }

    /** This account's timings: its own if it has any, else the emulator's. */
    public Timings timings(long accountId) {
        return accountTimings.getOrDefault(accountId, timings.get());
    }

    /** Changes one account's timings only, so a scenario can hold its resources in transition without touching others. */
    public Timings changeTimings(long accountId, UnaryOperator<Timings> change) {
        return accountTimings.compute(accountId, (id, own) -> change.apply(own == null ? timings.get() : own));
    }

    public Duration recorderTransition() {
        return timings().recorderTransition();
    }

    public Duration recorderTransition(long accountId) {
        return timings(accountId).recorderTransition();
    }

    public void setRecorderTransition(Duration transition) {
        changeTimings(t -> t.withRecorderTransition(transition));
    }

    public void setRecorderTransition(long accountId, Duration transition) {
        changeTimings(accountId, t -> t.withRecorderTransition(transition));
    }

    /** Default accounts, no resources, no faults, no remembered nonces, the timings the emulator started with. */
    public void reset() {
        accounts.reset();
        recorders.reset();
        aggregators.reset();
        faults.reset();
        rates.reset();
        nonces.reset();
        accountTimings.clear();
        timings.set(initialTimings);
    }
}
