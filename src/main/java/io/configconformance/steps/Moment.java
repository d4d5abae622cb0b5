package io.configconformance.steps;

import io.configconformance.report.NotReached;

/**
 * A moment of a resource's life that a scenario's row is triggered by: a recorder being deployed, a group being
 * created. On the emulator its control API holds the moment for as long as the scenario needs, so the row is judged
 * as ever. On a real account the scenario acts at once after the call that began it (no wait for the resource to
 * settle) and, when the service had already finished, ends NOT REACHED this time with the evidence of why.
 * PicoContainer creates one per scenario.
 */
public final class Moment {

    private long begunNanos;
    private String beginning;
    private boolean begun;
    private boolean held;

    /** Just before the call that begins the moment is sent: {@code beginning} names it ("the start"). */
    public void begin(String beginning) {
        this.beginning = beginning;
        this.begunNanos = System.nanoTime();
        this.begun = true;
    }

    /** The emulator holds the moment (its control API): the row is judged whatever the timing. */
    public void heldByTheEmulator() {
        held = true;
        begun = true;
    }

    /** Whether the scenario is to act at once: a moment has begun. */
    public boolean underWay() {
        return begun;
    }

    /** Whether the moment may have passed before the scenario acted: begun on a real account, not held. */
    public boolean mayHavePassed() {
        return begun && !held;
    }

    /** The moment had passed: the scenario ends NOT REACHED, saying what showed it and how long after it began. */
    public NotReached passed(String evidence, String when) {
        long millis = (System.nanoTime() - begunNanos) / 1_000_000;
        return new NotReached(evidence + " " + millis + " ms after " + beginning + " was sent, " + when);
    }
}
