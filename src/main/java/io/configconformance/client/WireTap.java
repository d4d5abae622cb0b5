package io.configconformance.client;

import java.util.List;
import java.util.Map;

/**
 * The one point where something outside the client may watch the exchanges the client makes, API and control API
 * alike, and add headers to them: recording (run --record, parity) listens here. Nothing listens unless told to, and
 * then a listener sees the request exactly as sent, secrets included, so it must keep nothing it is not meant to.
 */
public final class WireTap {

    /** What a listener is told of each exchange, on the thread that made it. */
    public interface Listener {

        /** Headers to send with the next request of this thread (empty: none). */
        Map<String, String> headers();

        /** An API request as sent and its answer. */
        void api(SignedRequest request, int status, Map<String, List<String>> headers, String body);

        /** A control-API request ({@code /__emulator/...}, path with query) and its answer. */
        void control(String method, String path, String requestBody, int status, Map<String, List<String>> headers,
                     String body);
    }

    private static volatile Listener listener;

    private WireTap() {
    }

    public static void listen(Listener value) {
        listener = value;
    }

    static Map<String, String> headers() {
        Listener current = listener;
        return current == null ? Map.of() : current.headers();
    }

    static void api(SignedRequest request, HttpTransport.Answer answer, String body) {
        Listener current = listener;
        if (current != null) {
            current.api(request, answer.status(), answer.headers(), body);
        }
    }

    static void control(String method, String path, String requestBody, int status, Map<String, List<String>> headers,
                        String body) {
        Listener current = listener;
        if (current != null) {
            current.control(method, path, requestBody, status, headers, body);
        }
    }
}
