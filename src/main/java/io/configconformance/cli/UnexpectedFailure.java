package io.configconformance.cli;

import io.configconformance.report.Redactor;
import io.configconformance.report.SentSecrets;

/**
 * The one line a command prints for an exception it did not expect: the command, what went wrong and where, with the
 * causes' messages joined, control characters shown as {@code \\x1b}, secrets masked (those the command sent, by
 * value, and what the patterns find), on one line.
 */
final class UnexpectedFailure {

    private static final int MAX_CAUSES = 4;

    private UnexpectedFailure() {
    }

    static String line(String command, Throwable failure, SentSecrets secrets) {
        StringBuilder line = new StringBuilder(command).append(": stopped by an unexpected error: ");
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            line.append(depth == 0 ? "" : "; caused by ").append(describe(cause));
            if (cause.getCause() == cause) {
                break;
            }
        }
        String oneLine = line.toString().replaceAll("\\s+", " ").strip();
        // a message may quote what an endpoint said: its control characters are shown, never sent to the terminal
        StringBuilder visible = new StringBuilder();
        oneLine.codePoints().forEach(c -> visible.append(Character.isISOControl(c)
                ? String.format("\\x%02x", c) : Character.toString(c)));
        return Redactor.redact(visible.toString(), secrets);
    }

    private static String describe(Throwable failure) {
        String name = failure.getClass().getSimpleName();
        String message = failure.getMessage();
        return message == null || message.isBlank() ? name : name + ": " + message;
    }
}
