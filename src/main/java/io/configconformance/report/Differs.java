package io.configconformance.report;

import org.opentest4j.TestAbortedException;

/**
 * The verdict DIFFERS: against a real endpoint, an expectation that no uncontested page text backs was not met. It is
 * not the service breaking the contract, so it is not a failure; it is never a pass either. Cucumber and JUnit report
 * it as aborted (skipped) with this message, the console and the conformance matrix as DIFFERS, and
 * {@code run --strict} fails the run on it.
 */
public final class Differs extends TestAbortedException {

    public static final String PREFIX = "DIFFERS: ";

    public Differs(Evidence evidence, java.util.List<String> entries, Throwable expectation) {
        super(PREFIX + "the service differs from " + evidence.describe(entries) + ": " + firstLine(expectation),
                expectation);
    }

    /** Whether a reported outcome is a DIFFERS verdict (its message, since reports keep only the text). */
    public static boolean isDiffers(Throwable thrown) {
        return thrown instanceof Differs || thrown != null && thrown.getMessage() != null
                && thrown.getMessage().startsWith(PREFIX);
    }

    private static String firstLine(Throwable thrown) {
        String message = thrown.getMessage() == null ? thrown.getClass().getSimpleName() : thrown.getMessage();
        return message.lines().findFirst().orElse("");
    }
}
