package io.configconformance.report;

import java.util.List;
import java.util.stream.Collectors;
import org.opentest4j.TestAbortedException;

/**
 * The verdict DIFFERS: against a real endpoint, expectations that no uncontested page text backs were not met, and
 * none that a page backs was missed. It is not the service breaking the contract, so it is not a failure; it is never
 * a pass either. Its message names each miss with the entries it rests on, on one line, since reports keep the first
 * line. Cucumber and JUnit report it as aborted (skipped) with this message, the console and the conformance matrix
 * as DIFFERS, and {@code run --strict} fails the run on it.
 */
public final class Differs extends TestAbortedException {

    public static final String PREFIX = "DIFFERS: ";

    public Differs(List<Miss> misses, Throwable expectation) {
        super(PREFIX + misses.stream().map(Miss::describe).collect(Collectors.joining("; ")), expectation);
    }

    /** Whether a reported outcome is a DIFFERS verdict (its message, since reports keep only the text). */
    public static boolean isDiffers(Throwable thrown) {
        return thrown instanceof Differs || thrown != null && thrown.getMessage() != null
                && thrown.getMessage().startsWith(PREFIX);
    }
}
