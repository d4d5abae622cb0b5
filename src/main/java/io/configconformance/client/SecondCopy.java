package io.configconformance.client;

import java.io.IOException;
import java.net.ConnectException;
import java.util.regex.Pattern;

/**
 * A signed request that reached the service twice. java.net.http sends a GET (a signed V1 call with its parameters
 * in the query) a second time, once and silently, when the pooled connection it went out on closes before any byte
 * of the answer; its own pool sometimes closes such a connection when the answer arrives very fast, and a server
 * that acted and hung up looks the same. The second copy carries the first one's nonce, so a service answers it
 * SignatureNonceUsed: no answer to the operation, and a sign that the first copy may have acted.
 *
 * <p>The suite's own JVMs (the jar, its Maven builds) keep java.net.http from sending anything a second time
 * ({@link #keepTheHttpClientFromResending()}); the transport then sends the same bytes again itself, knowingly, as
 * {@link ConfigClient} notes. In a JVM that is not the suite's (a consumer embedding it) the JDK may still do it
 * unseen. Either way a SignatureNonceUsed answer to a request with a fresh nonce is reported as a lost answer.
 */
public final class SecondCopy {

    /** The JDK's limit of attempts per request (redirects and re-sends alike), read once per JVM. */
    public static final String ATTEMPTS_PROPERTY = "jdk.httpclient.redirects.retrylimit";

    private static final Pattern NONCE_USED =
            Pattern.compile("\"Code\"\\s*:\\s*\"SignatureNonceUsed\"|<Code>SignatureNonceUsed</Code>");

    private SecondCopy() {
    }

    /**
     * One attempt per request for every java.net.http client of this JVM, unless the JVM was told otherwise. Called
     * first thing by the jar, before any client exists: the JDK reads the limit once. No client of the suite follows
     * redirects, so the limit takes nothing else from it.
     */
    public static void keepTheHttpClientFromResending() {
        if (System.getProperty(ATTEMPTS_PROPERTY) == null) {
            System.setProperty(ATTEMPTS_PROPERTY, "1");
        }
    }

    /** Whether the answer is SignatureNonceUsed (JSON or XML). */
    static boolean nonceUsed(int status, String body) {
        return status >= 400 && NONCE_USED.matcher(body).find();
    }

    /**
     * The JDK's failure when it was kept from sending the request again: its connection closed after the request went
     * out and before any byte of the answer. A refused connect (nothing went out) is handed back as the refusal.
     */
    static IOException closedBeforeAnswer(IOException e) {
        if (!"Too many retries".equals(e.getMessage())) {
            return e;
        }
        // HttpClient.send wraps the failure of its exchange in one of the same message: look down the chain
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ConnectException refused) {
                return refused;
            }
        }
        return new ClosedBeforeAnswer(e.getCause());
    }

    /** The request went out and its connection closed before any byte of the answer: it may have acted. */
    static final class ClosedBeforeAnswer extends IOException {
        ClosedBeforeAnswer(Throwable cause) {
            super("the connection closed after the request was sent and before any byte of its answer", cause);
        }
    }

    /** The lost answer of a request that reached the service twice, said in one line. */
    static TransportFailure failure(String operation, Object endpoint, boolean resentKnowingly) {
        return new TransportFailure(operation, endpoint, (resentKnowingly
                ? "its connection closed before any byte of the answer and it was sent again with the same nonce"
                : "the HTTP client sent it a second time (its connection closed before any byte of the answer)")
                + ", and the second copy was answered SignatureNonceUsed: the first copy reached the service and may"
                + " have acted, and its answer was lost");
    }
}
