package io.configconformance.emulator.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.configconformance.emulator.gateway.RenderedResponse;
import io.configconformance.emulator.gateway.TimedResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server answers a {@link DirectEndpoint}'s requests itself, once the guard has passed them, and leaves the rest to
 * WireMock's stubs: the endpoint sees the request as sent (method, URL with raw query, headers, inflated body), a
 * request the guard refuses never reaches it, and the server without an endpoint (the replay server) still answers
 * everything through its stubs.
 */
class DirectDispatchTest {

    private static final String PASSED_ON = "/__control/";

    /** What the endpoint was given: method, URL, the X-Probe header and the body, one line per request. */
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private WireMockServer server;

    private final DirectEndpoint endpoint = new DirectEndpoint() {
        @Override
        public String passedOn() {
            return PASSED_ON;
        }

        @Override
        public TimedResponse answer(String method, String url, UnaryOperator<String> headers, byte[] body) {
            seen.add(method + " " + url + " " + headers.apply("x-probe") + " "
                    + new String(body, StandardCharsets.UTF_8));
            return new TimedResponse(new RenderedResponse(201, "application/xml;charset=utf-8", "ID-1", "<direct/>"),
                    Duration.ZERO);
        }
    };

    @BeforeEach
    void start() {
        server = new WireMockServer(ServerOptions.lean("127.0.0.1", 0)
                .httpServerFactory(new GuardedJettyServerFactory(RequestLimits.STANDARD, endpoint)));
        server.start();
        server.stubFor(any(urlPathMatching("/.*")).willReturn(aResponse().withStatus(299).withBody("stub")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void theEndpointsRequestIsAnsweredByTheEndpointNotByTheStubs() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/?Action=A&Date=2026-12-07T00%3A00%3A00Z"))
                .header("X-Probe", "p1").POST(HttpRequest.BodyPublishers.ofString("a=b")));
        assertEquals(201, answer.statusCode(), answer.body());
        assertEquals("<direct/>", answer.body());
        assertEquals("ID-1", answer.headers().firstValue("x-acs-request-id").orElseThrow());
        assertEquals("application/xml;charset=utf-8", answer.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(List.of("POST /?Action=A&Date=2026-12-07T00%3A00%3A00Z p1 a=b"), seen);
    }

    @Test
    void aGzippedBodyReachesTheEndpointInflated() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write("Action=Inflated".getBytes(StandardCharsets.UTF_8));
        }
        send(HttpRequest.newBuilder(uri("/")).header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())));
        assertEquals(List.of("POST / null Action=Inflated"), seen);
    }

    @Test
    void aRequestTheGuardRefusesNeverReachesTheEndpoint() throws Exception {
        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(uri("/")).POST(
                HttpRequest.BodyPublishers.ofByteArray(new byte[(int) RequestLimits.STANDARD.maxBodyBytes() + 1])));
        HttpResponse<String> unknownEncoding = send(HttpRequest.newBuilder(uri("/")).header("Content-Encoding", "br")
                .POST(HttpRequest.BodyPublishers.ofString("Action=A")));
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertEquals(400, unknownEncoding.statusCode(), unknownEncoding.body());
        assertEquals(List.of(), seen);
    }

    @Test
    void requestsUnderThePassedOnPrefixOrWithAnEscapedPathGoOnToWireMock() throws Exception {
        for (String path : List.of("/__control/info", "/%5F_control/info")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).GET());
            assertEquals(299, answer.statusCode(), path);
            assertEquals("stub", answer.body(), path);
        }
        assertEquals(List.of(), seen);
    }

    @Test
    void withoutAnEndpointEveryRequestGoesToTheStubs() throws Exception {
        WireMockServer plain = new WireMockServer(ServerOptions.lean("127.0.0.1", 0)
                .httpServerFactory(new GuardedJettyServerFactory(RequestLimits.STANDARD)));
        plain.start();
        try {
            plain.stubFor(any(urlPathMatching("/.*")).willReturn(aResponse().withStatus(299).withBody("stub")));
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + plain.port() + "/?Action=A")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(299, answer.statusCode());
            assertTrue(seen.isEmpty());
        } finally {
            plain.stop();
        }
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
