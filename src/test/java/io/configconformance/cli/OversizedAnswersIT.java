package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The jar, in a 256 MiB heap, in front of an endpoint that answers without end: a 2 GiB answer to every API call, and
 * a start-up probe whose body drips forever. Each run ends within its timeouts, in one line where it cannot go on,
 * never reading an answer past the cap and never running out of memory.
 */
class OversizedAnswersIT {

    private static final long TWO_GIB = 2L << 30;
    private HttpServer server;
    private volatile boolean serving = true;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().startsWith("/__emulator/")) {
                answer(exchange, 404, "<html><title>Not Found</title></html>");
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, TWO_GIB);
                stream(exchange.getResponseBody(), TWO_GIB, 0);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        serving = false;
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
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
            // the suite gave the answer up, as it should
        }
    }

    private String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static Path roles() throws IOException {
        Path file = Files.createDirectories(Path.of("target", "it-credentials")).resolve("oversized-roles.json");
        Files.writeString(file, "{\"individual\":{\"AccountId\":1713220985230001,\"AccessKeyId\":\"LTAIoversizedKey0001\","
                + "\"AccessKeySecret\":\"oversizedAnswersSecret000000000001\"}}");
        return file;
    }

    @Test
    void twoGibAnswersAreGivenUpAtTheCapAndTheRunEndsInA256MibHeap() throws Exception {
        long started = System.nanoTime();
        JarProcess.Result run = JarProcess.run(300, List.of("-Xmx256m"), "run", "--endpoint", endpoint(),
                "--credentials", roles().toString(), "--allow-mutating", "--read-timeout", "20", "--tags",
                "@StartConfigurationRecorder and @v2020-09-07 and @role-individual and not @error",
                "--reports", Path.of("target", "it-reports", "oversized").toString());
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(seconds < 180, "the run took " + seconds + " s");
        assertFalse(run.toString().contains("OutOfMemoryError"), run.toString());
        assertFalse(run.stderr().contains("\tat "), "no stack trace: " + run);
        List<String> failures = run.stdout().lines().filter(line -> line.contains(" FAILED ")).toList();
        assertFalse(failures.isEmpty(), run.toString());
        failures.forEach(line -> assertTrue(line.contains("the answer is larger than 8388608 bytes"), line));
    }

    @Test
    void aProbeWhoseAnswerDripsForeverEndsTheRunInOneLine() throws Exception {
        server.removeContext("/");
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            stream(exchange.getResponseBody(), Long.MAX_VALUE, 200);
        });
        long started = System.nanoTime();
        JarProcess.Result run = JarProcess.run(120, List.of("-Xmx256m"), "run", "--endpoint", endpoint(),
                "--connect-timeout", "2", "--reports", Path.of("target", "it-reports", "dripping").toString());
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.stderr().strip().lines().count(), run.toString());
        assertTrue(run.stderr().startsWith("run: "), run.toString());
        assertTrue(seconds < 60, "the probe held the run " + seconds + " s");
    }
}
