package io.configconformance.client;

import java.util.List;
import java.util.Map;

/**
 * The one point where something outside the client may watch the exchanges the client makes, API and control API
 * alike, and add headers to them: recording (run --record, parity) listens here. Each run's {@link HttpTransport}
 * carries its own tap, so that one run's recorder never hears another run's exchanges; a client on its own has
 * {@link #NONE}. A tap sees the request exactly as sent, secrets included, so it must keep nothing it is not meant to.
 */
public interface WireTap {

    /** Hears nothing and adds no header. */
    WireTap NONE = new WireTap() {
        @Override
        public Map<String, String> headers() {
            return Map.of();
        }

        @Override
        public void api(SignedRequest request, int status, Map<String, List<String>> headers, String body) {
        }

        @Override
        public void control(String method, String path, String requestBody, int status,
                            Map<String, List<String>> headers, String body) {
        }
    };

    /** Headers to send with the next request of this thread (empty: none). */
    Map<String, String> headers();

    /** An API request as sent and its answer, on the thread that made it. */
    void api(SignedRequest request, int status, Map<String, List<String>> headers, String body);

    /** A control-API request ({@code /__emulator/...}, path with query) and its answer, on the thread that made it. */
    void control(String method, String path, String requestBody, int status, Map<String, List<String>> headers,
                 String body);
}
