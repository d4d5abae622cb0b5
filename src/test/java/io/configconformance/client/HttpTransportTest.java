package io.configconformance.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpTransportTest {

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    @Test
    void sendsMethodHeadersAndBodyAndReturnsTheAnswerAsReceived() throws Exception {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404).withHeader("X-Acs-Request-Id", "r-1")
                .withBody("{\"Code\":\"x\"}")));
        byte[] body = "AggregatorId=ca-1".getBytes(StandardCharsets.US_ASCII);

        HttpTransport.Answer answer = HttpTransport.send("POST", uri("/?Action=GetAggregator"),
                Map.of("content-type", "application/x-www-form-urlencoded", "x-acs-action", "GetAggregator",
                        "host", "127.0.0.1:" + server.port()),
                body, Duration.ofSeconds(2), Duration.ofSeconds(5));

        assertEquals(404, answer.status());
        assertEquals(List.of("r-1"), answer.headers().get("x-acs-request-id"));
        assertArrayEquals("{\"Code\":\"x\"}".getBytes(StandardCharsets.UTF_8), answer.body());
        server.verify(anyRequestedFor(anyUrl()).withUrl("/?Action=GetAggregator")
                .withHeader("x-acs-action", equalTo("GetAggregator"))
                .withHeader("Host", equalTo("127.0.0.1:" + server.port()))
                .withRequestBody(equalTo("AggregatorId=ca-1")));
    }

    @Test
    void theReadTimeoutBoundsTheWholeAnswerNotJustItsFirstByte() {
        // Headers come at once, the body trickles for 8 s: a socket timeout alone would never fire.
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("x".repeat(1000))
                .withChunkedDribbleDelay(40, 8000)));
        long started = System.nanoTime();

        HttpTimeoutException e = assertThrows(HttpTimeoutException.class, () -> HttpTransport.send("GET", uri("/"),
                Map.of(), null, Duration.ofSeconds(2), Duration.ofMillis(700)));

        assertTrue(e.getMessage().contains("read timeout of 700 ms"), e.getMessage());
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertTrue(seconds < 7, "gave up after " + seconds + " s, before the body was complete");
    }

    @Test
    void theSignedHostIsTheAuthorityTheClientSends() {
        assertEquals("127.0.0.1:8080", ConfigClient.authority(URI.create("http://127.0.0.1:8080")));
        assertEquals("config.cn-shanghai.aliyuncs.com", ConfigClient.authority(URI.create("https://config.cn-shanghai.aliyuncs.com")));
        assertEquals("localhost", ConfigClient.authority(URI.create("http://localhost:80")));
        assertEquals("example.test", ConfigClient.authority(URI.create("https://example.test:443")));
        assertEquals("example.test:80", ConfigClient.authority(URI.create("https://example.test:80")));
    }

    @Test
    void oneClientPerConnectTimeoutWithItsKeepAliveSetBeforeAnyClientIsMade() {
        java.net.http.HttpClient client = HttpTransport.client(Duration.ofSeconds(3));

        assertSame(client, HttpTransport.client(Duration.ofSeconds(3)), "connections are pooled across callers");
        assertEquals(java.net.http.HttpClient.Version.HTTP_1_1, client.version());
        assertEquals("15", System.getProperty("jdk.httpclient.keepalive.timeout"));
    }
}
