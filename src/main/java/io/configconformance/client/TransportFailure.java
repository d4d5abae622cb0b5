package io.configconformance.client;

/**
 * The endpoint's answer could not be had at all (refused, reset, timed out, cut short): the message names the
 * operation, the endpoint and each cause in turn, on one line. {@link #reachedTwice()} tells a request that reached
 * the service twice, whose only answer was SignatureNonceUsed ({@link SecondCopy}): no answer of the service to the
 * operation, and no fault of the service's.
 */
public final class TransportFailure extends RuntimeException {

    private final boolean reachedTwice;

    public TransportFailure(String operation, Object endpoint, Throwable cause) {
        super(operation + ": no usable answer from " + endpoint + ": " + chain(cause), cause);
        this.reachedTwice = false;
    }

    /** A request that reached the service twice, {@code what} saying how. */
    TransportFailure(String operation, Object endpoint, String what) {
        super(operation + ": no usable answer from " + endpoint + ": " + what);
        this.reachedTwice = true;
    }

    /** Whether the request reached the service twice and the first copy's answer was lost (not the service's doing). */
    public boolean reachedTwice() {
        return reachedTwice;
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
