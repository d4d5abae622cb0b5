package io.configconformance.steps;

/**
 * The verdict of a scenario whose cleanup could not put everything back: what stays on the account. A failure of its
 * own kind, so that the console, the matrix and the JUnit XML tell it from a failed expectation.
 */
public final class LeftBehind extends AssertionError {

    public static final String PREFIX = "left behind: ";

    LeftBehind(String message) {
        super(message);
    }

    /** Whether a scenario's failure is a leftover. */
    public static boolean isLeftBehind(Throwable failure) {
        return failure instanceof LeftBehind || failure != null && String.valueOf(failure.getMessage())
                .startsWith(PREFIX);
    }
}
