package io.configconformance.report;

import org.opentest4j.TestAbortedException;

/**
 * The verdict NOT REACHED (this time): a scenario whose trigger is a moment of a real resource's life (a recorder
 * being deployed, a group being created) acted at once after the call that began it, and the service had already
 * finished. The row was neither passed nor failed, and is not out of reach for good: the next run may catch the
 * moment. Its message is the evidence of why, on one line. Cucumber and JUnit report it as aborted (skipped) with this
 * message, the console and the conformance matrix as NOT REACHED; it never fails a run, not even with --strict.
 */
public final class NotReached extends TestAbortedException {

    public static final String PREFIX = "NOT REACHED THIS TIME: ";

    public NotReached(String evidence) {
        super(PREFIX + evidence);
    }

    /** Whether a reported outcome is a NOT REACHED verdict (its message, since reports keep only the text). */
    public static boolean isNotReached(Throwable thrown) {
        return thrown != null && thrown.getMessage() != null && thrown.getMessage().startsWith(PREFIX);
    }
}
