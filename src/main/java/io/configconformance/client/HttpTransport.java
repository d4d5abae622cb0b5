package io.configconformance.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The client's wire: java.net.http over HTTP/1.1, one shared connection pool per connect timeout. The read timeout
 * bounds the whole answer, body included, so an endpoint that stalls half-way through a body cannot hang a scenario.
 * (The suite sent its requests through REST Assured until its per-request cost was measured: BENCHMARKS.md.)
 */
final class HttpTransport {

    static {
        // Pooled connections are dropped before common server idle timeouts (Jetty's 30 s) can race a new request.
        if (System.getProperty("jdk.httpclient.keepalive.timeout") == null) {
            System.setProperty("jdk.httpclient.keepalive.timeout", "15");
        }
    }

    private static final Map<Duration, HttpClient> CLIENTS = new ConcurrentHashMap<>();

    private HttpTransport() {
    }

    /**
     * The shared client for a connect timeout. Every java.net.http client of the suite comes from here, so the
     * keep-alive setting above is in place before the JDK reads it, once, with the first client of the JVM.
     */
    static HttpClient client(Duration connect) {
        return CLIENTS.computeIfAbsent(connect, timeout -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build());
    }

    /** An answer as received: status, headers (names in lower case), body bytes. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body) {
    }

    /**
     * Sends one request and waits at most {@code read} for the complete answer. The Host header is the URI's
     * authority, as {@link ConfigClient#authority(URI)} signs it; any other header is sent as given.
     */
    static Answer send(String method, URI uri, Map<String, String> headers, byte[] body, Duration connect,
                       Duration read) throws IOException {
        HttpClient http = client(connect);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("host")) {
                request.header(name, value);
            }
        });
        CompletableFuture<HttpResponse<byte[]>> future =
                http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> response = future.get(read.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("no complete answer within the read timeout of " + read.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the answer", e);
        }
    }
}
