package io.configconformance.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer the suite reads is bounded in size and time: a 2 GiB answer (streamed, never held), an endless one and
 * a start-up probe whose body never finishes each end with a one-line reason within the timeout.
 */
class BoundedAnswersTest {

    private static final long TWO_GIB = 2L << 30;
    private HttpServer server;
    private volatile boolean serving = true;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/declared", exchange -> {
            exchange.sendResponseHeaders(200, TWO_GIB);
            stream(exchange.getResponseBody(), TWO_GIB, 0);
        });
        server.createContext("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked, no length
            stream(exchange.getResponseBody(), Long.MAX_VALUE, 0);
        });
        server.createContext("/__emulator/info", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            stream(exchange.getResponseBody(), Long.MAX_VALUE, 200);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        serving = false;
        server.stop(0);
    }

    /** Zeros until the length, the client gone, or the test over; a pause between writes drips them. */
    private void stream(OutputStream body, long length, long pauseMillis) {
        byte[] chunk = new byte[pauseMillis > 0 ? 1 : 64 * 1024];
        try (body) {
            for (long sent = 0; sent < length && serving; sent += chunk.length) {
                body.write(chunk, 0, (int) Math.min(chunk.length, length - sent));
                if (pauseMillis > 0) {
                    body.flush();
                    TimeUnit.MILLISECONDS.sleep(pauseMillis); // the drip itself, not a wait for the test
                }
            }
        } catch (IOException | InterruptedException clientGone) {
            // the suite gave up the answer, as it should
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void aDeclaredTwoGibAnswerIsRefusedBeforeItsBodyIsRead() {
        long started = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> HttpTransport.send("GET", uri("/declared"), Map.of(),
                null, Duration.ofSeconds(2), Duration.ofSeconds(20)));
        assertEquals("the answer is larger than 8388608 bytes (run --max-answer-bytes); it was not read further",
                e.getMessage());
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10), "refused at once, not read");
    }

    @Test
    void anEndlessAnswerIsGivenUpAtTheCap() {
        IOException e = assertThrows(IOException.class, () -> HttpTransport.send("GET", uri("/endless"), Map.of(),
                null, Duration.ofSeconds(2), Duration.ofSeconds(20)));
        assertTrue(e.getMessage().startsWith("the answer is larger than 8388608 bytes"), e.getMessage());
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
