package io.configconformance.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.report.SentSecrets;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer the suite reads is bounded in size and time: a 2 GiB answer (streamed, never held), an endless one and
 * a start-up probe whose body never finishes each end with a one-line reason within the timeout.
 */
class BoundedAnswersTest {

    /** Generous: the claims are about the answer's size; a loaded machine can take seconds to accept a connection. */
    private static final Duration CONNECT = Duration.ofSeconds(10);

    private EndlessAnswers server;

    @BeforeEach
    void start() throws IOException {
        server = new EndlessAnswers();
        server.answer("/declared", exchange -> {
            exchange.sendResponseHeaders(200, EndlessAnswers.TWO_GIB);
            server.stream(exchange.getResponseBody(), EndlessAnswers.TWO_GIB, 0);
        }).answer("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked, no length
            server.stream(exchange.getResponseBody(), Long.MAX_VALUE, 0);
        }).answer("/__emulator/info", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            server.stream(exchange.getResponseBody(), Long.MAX_VALUE, 200);
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private URI uri(String path) {
        return server.uri(path);
    }

    @Test
    void aDeclaredTwoGibAnswerIsRefusedBeforeItsBodyIsRead() {
        long started = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> HttpTransport.standalone().send("GET", uri("/declared"), Map.of(),
                null, CONNECT, Duration.ofSeconds(20)));
        assertEquals("the answer is larger than 8388608 bytes (run --max-answer-bytes); it was not read further",
                e.getMessage());
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10), "refused at once, not read");
    }

    @Test
    void anEndlessAnswerIsGivenUpAtTheCap() {
        IOException e = assertThrows(IOException.class, () -> HttpTransport.standalone().send("GET", uri("/endless"), Map.of(),
                null, CONNECT, Duration.ofSeconds(20)));
        assertTrue(e.getMessage().startsWith("the answer is larger than 8388608 bytes"), e.getMessage());
    }

    @Test
    void eachRunReadsAnswersUpToItsOwnCap() throws IOException {
        HttpTransport small = new HttpTransport(1024, WireTap.NONE, new SentSecrets());
        HttpTransport large = new HttpTransport(1L << 30, WireTap.NONE, new SentSecrets());
        server.answer("/kib2", exchange -> {
            exchange.sendResponseHeaders(200, 2048);
            server.stream(exchange.getResponseBody(), 2048, 0);
        });

        IOException e = assertThrows(IOException.class, () -> small.send("GET", uri("/kib2"), Map.of(), null,
                CONNECT, Duration.ofSeconds(20)));
        assertTrue(e.getMessage().startsWith("the answer is larger than 1024 bytes"), e.getMessage());
        assertEquals(2048, large.send("GET", uri("/kib2"), Map.of(), null, CONNECT,
                Duration.ofSeconds(20)).body().length, "a run beside it with a larger cap reads the answer whole");
    }

    @Test
    void aStartUpProbeWhoseBodyNeverEndsEndsWithinItsTimeout() {
        long started = System.nanoTime();
        EmulatorControl.Probe probe = new EmulatorControl(uri("/"), Duration.ofSeconds(2), null).probe();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(EmulatorControl.Presence.UNREACHABLE, probe.presence(), probe.reason());
        assertTrue(probe.reason().contains("no complete answer within the read timeout of 2000 ms"), probe.reason());
        // the body drips for ever: any bound shows the deadline ended it (a loaded machine adds seconds to a cold JVM)
        assertTrue(millis < 20_000, "the probe took " + millis + " ms");
        assertTrue(probe.reason().lines().count() == 1, probe.reason());
    }
}
