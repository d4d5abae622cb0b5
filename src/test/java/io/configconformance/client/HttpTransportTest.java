package io.configconformance.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.configconformance.report.SentSecrets;
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
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().stubRequestLoggingDisabled(true));
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

        HttpTransport.Answer answer = HttpTransport.standalone().send("POST", uri("/?Action=GetAggregator"),
                Map.of("content-type", "application/x-www-form-urlencoded", "x-acs-action", "GetAggregator",
                        "host", "127.0.0.1:" + server.port()),
                // generous: a loaded machine's slowness is not what this test is about
                body, Duration.ofSeconds(10), Duration.ofSeconds(20));

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

        HttpTimeoutException e = assertThrows(HttpTimeoutException.class, () -> HttpTransport.standalone().send("GET", uri("/"),
                Map.of(), null, Duration.ofSeconds(2), Duration.ofMillis(700)));

        assertTrue(e.getMessage().contains("read timeout of 700 ms"), e.getMessage());
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertTrue(seconds < 7, "gave up after " + seconds + " s, before the body was complete");
        assertFalse(Thread.currentThread().isInterrupted(), "the deadline leaves the sending thread as it found it");
    }

    @Test
    void aDeadlineEndingAsTheAnswerComesLeavesNoInterruptBehind() throws Exception {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("ok").withFixedDelay(30)));
        int answered = 0;
        int timedOut = 0;
        for (int i = 0; i < 40; i++) {
            // The deadline ends about when the answer comes, on one side or the other: either way, no interrupt
            // of the deadline's may reach the thread's next wait.
            try {
                assertEquals(200, HttpTransport.standalone().send("GET", uri("/"), Map.of(), null, Duration.ofSeconds(2),
                        Duration.ofMillis(20 + i)).status());
                answered++;
            } catch (HttpTimeoutException e) {
                timedOut++;
            }
            assertFalse(Thread.currentThread().isInterrupted(), "an interrupt left after exchange " + i);
        }
        assertEquals(40, answered + timedOut);
        Thread.sleep(50); // an interrupt still pending would end this sleep with an exception
    }

    @Test
    void aDeadlinePassingJustAfterTheAnswerClearsItsInterruptOnClose() throws Exception {
        HttpTransport.ReadDeadline deadline = new HttpTransport.ReadDeadline(new DeadlineTimer(), Thread.currentThread(),
                Duration.ofMillis(1));
        long until = System.nanoTime() + 2_000_000_000L;
        while (!deadline.passed() && System.nanoTime() < until) {
            Thread.onSpinWait(); // the answer came; the deadline passes before the sender closes it
        }
        assertTrue(deadline.passed() && Thread.currentThread().isInterrupted(), "the deadline interrupted the sender");
        deadline.close();
        assertFalse(Thread.currentThread().isInterrupted(), "close clears the late interrupt");
    }

    @Test
    void twoTransportsThatCloseLeaveNoReadDeadlineThreadAlive() throws Exception {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("ok")));
        HttpTransport first = new HttpTransport(HttpTransport.DEFAULT_MAX_ANSWER_BYTES, WireTap.NONE, new SentSecrets());
        HttpTransport second = new HttpTransport(HttpTransport.DEFAULT_MAX_ANSWER_BYTES, WireTap.NONE, new SentSecrets());
        assertNull(first.deadlineThread(), "a transport starts no thread before its first exchange");
        assertNull(second.deadlineThread(), "a transport starts no thread before its first exchange");

        for (HttpTransport transport : List.of(first, second)) {
            assertEquals(200, transport.send("GET", uri("/"), Map.of(), null, Duration.ofSeconds(2),
                    Duration.ofSeconds(30)).status());
        }
        // Each transport's own thread, asked of the transport: other tests' transports may run beside this one.
        Thread ofFirst = first.deadlineThread();
        Thread ofSecond = second.deadlineThread();
        assertNotNull(ofFirst, "the first exchange started the first transport's thread");
        assertNotNull(ofSecond, "the first exchange started the second transport's thread");
        assertNotSame(ofFirst, ofSecond, "each transport keeps its deadlines on a thread of its own");
        assertEquals(DeadlineTimer.THREAD_NAME, ofFirst.getName());
        first.close();
        second.close();

        for (Thread thread : List.of(ofFirst, ofSecond)) {
            thread.join(5_000);
            assertFalse(thread.isAlive(), thread + " outlived its transport");
        }
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
        HttpTransport run = HttpTransport.standalone();
        java.net.http.HttpClient client = run.client(Duration.ofSeconds(3));

        assertSame(client, run.client(Duration.ofSeconds(3)), "connections are pooled across a run's callers");
        assertNotSame(client, run.client(Duration.ofSeconds(4)), "one pool per connect timeout");
        assertNotSame(client, HttpTransport.standalone().client(Duration.ofSeconds(3)),
                "another run has pools of its own");
        assertEquals(java.net.http.HttpClient.Version.HTTP_1_1, client.version());
        assertEquals("15", System.getProperty("jdk.httpclient.keepalive.timeout"));
    }
}
