package io.configconformance.client;

/**
 * The endpoint's answer could not be had at all (refused, reset, timed out, cut short): the message names the
 * operation, the endpoint and each cause in turn, on one line.
 */
public final class TransportFailure extends RuntimeException {

    public TransportFailure(String operation, Object endpoint, Throwable cause) {
        super(operation + ": no usable answer from " + endpoint + ": " + chain(cause), cause);
    }

    private static String chain(Throwable cause) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                text.append(" (").append(t.getMessage().lines().findFirst().orElse("")).append(')');
            }
        }
        return text.toString();
    }
}
