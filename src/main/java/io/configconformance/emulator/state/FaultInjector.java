package io.configconformance.emulator.state;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Faults armed through the control API. Each matching call consumes one use of the oldest matching fault; a fault
 * with an account only matches that account's calls, so concurrent scenarios can each inject their own.
 */
public final class FaultInjector {

    /** Faults armed at most at once: a caller cannot grow the heap for ever. */
    public static final int MAX_ARMED = 1_000;

    private final List<Fault> armed = new ArrayList<>();

    public synchronized void arm(Fault fault) {
        if (armed.size() >= MAX_ARMED) {
            throw new KeptTooMany("armed faults", MAX_ARMED);
        }
        armed.add(fault);
    }

    /** The fault this call meets, if one is armed for it. */
    public synchronized Optional<Fault> consume(String action, long accountId) {
        for (Iterator<Fault> it = armed.iterator(); it.hasNext(); ) {
            Fault fault = it.next();
            if (fault.action().equals(action) && (fault.accountId() == null || fault.accountId() == accountId)) {
                it.remove();
                if (fault.times() > 1) {
                    armed.add(0, fault.usedOnce());
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    public synchronized List<Fault> armed() {
        return List.copyOf(armed);
    }

    public synchronized void reset() {
        armed.clear();
    }
}
