package io.configconformance.emulator.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Slow senders whose body deadline fires while their bytes are still arriving: the deadline ends the request on the
 * timer thread as the body reader reserves more on a Jetty thread. A body deadline of 15 ms (not 30 s) makes that
 * race happen hundreds of times in a second or two; afterwards the emulator holds no body bytes, and a full body is
 * still accepted. Before the budget was released once per reservation, bytes reserved after the deadline stayed
 * counted, and enough of them left every later body with 503.
 */
class BodyDeadlineRaceTest {

    private static final int SENDERS = 400;
    private static final int BODY = 256 << 10;

    @Test
    void bodiesCutOffByTheDeadlineGiveBackTheirBudget() throws Exception {
        RequestLimits limits = new RequestLimits(BODY, 16L * BODY, Duration.ofMillis(15), Duration.ofSeconds(10), 32 << 10);
        GuardedJettyServerFactory factory = new GuardedJettyServerFactory(limits);
        WireMockServer server = new WireMockServer(ServerOptions.lean("127.0.0.1", 0).httpServerFactory(factory));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                answers.add(threads.submit(() -> sendSlowly(server.port())));
            }
            int cutOff = 0;
            for (Future<String> answer : answers) {
                cutOff += answer.get(60, TimeUnit.SECONDS).startsWith("HTTP/1.1 408") ? 1 : 0;
            }
            // a sender whose connection was reset before it read the 408 counts as not cut off: a lower bound
            assertTrue(cutOff > 0, "the deadline fired while bodies arrived: " + cutOff + " of " + SENDERS);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (factory.bodyBytesHeld() != 0 && System.nanoTime() < until) {
                LockSupport.parkNanos(1_000_000); // requests still ending on Jetty threads, which need the cores
            }
            assertEquals(0, factory.bodyBytesHeld(), "body bytes still counted after every request ended");
            // The full body, sent in one write, still has 15 ms to arrive: on a busy machine the deadline may cut it
            // too (408), which gives its budget back like any other cut; a budget still held answers 503 every time.
            String answer = send(server.port(), BODY);
            for (int attempt = 1; attempt < 50 && !answer.startsWith("HTTP/1.1 200")
                    && !answer.startsWith("HTTP/1.1 503"); attempt++) {
                answer = send(server.port(), BODY);
            }
            assertTrue(answer.startsWith("HTTP/1.1 200"), "a full body is accepted: " + answer);
        } finally {
            threads.shutdownNow();
            server.stop();
        }
    }

    /** A body sent in 4 KiB pieces, a little slower than the deadline allows; the answer's first line, or "". */
    private static String sendSlowly(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(headers(BODY));
            byte[] piece = new byte[4096];
            try {
                for (int sent = 0; sent < BODY; sent += piece.length) {
                    out.write(piece);
                    out.flush();
                    LockSupport.parkNanos(100_000); // the sender's pace, not a wait for the server
                }
            } catch (IOException answeredAndClosed) {
                // the deadline's answer came first
            }
            return firstLine(socket);
        } catch (IOException e) {
            return "";
        }
    }

    /** The request's headers and body in one write; the answer's first line, or "" if the connection was cut. */
    private static String send(int port, int bytes) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            byte[] head = headers(bytes);
            byte[] request = java.util.Arrays.copyOf(head, head.length + bytes);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return firstLine(socket);
        } catch (IOException cutOff) {
            return "";
        }
    }

    private static byte[] headers(int length) {
        return ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + length + "\r\nContent-Type:"
                + " application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String firstLine(Socket socket) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = socket.getInputStream().read()) >= 0 && c != '\r'; ) {
            line.append((char) c);
        }
        return line.toString();
    }
}
