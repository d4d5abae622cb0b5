package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.EndlessAnswers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The jar, in a 256 MiB heap, in front of an endpoint that answers without end: a 2 GiB answer to every API call, and
 * a start-up probe whose body drips forever. Each run ends within its timeouts, in one line where it cannot go on,
 * never reading an answer past the cap and never running out of memory.
 */
class OversizedAnswersIT {

    private EndlessAnswers server;

    @BeforeEach
    void start() throws IOException {
        server = new EndlessAnswers().answer("/", exchange -> {
            if (exchange.getRequestURI().getPath().startsWith("/__emulator/")) {
                byte[] page = "<html><title>Not Found</title></html>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, EndlessAnswers.TWO_GIB);
                server.stream(exchange.getResponseBody(), EndlessAnswers.TWO_GIB, 0);
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String endpoint() {
        return server.uri("").toString();
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
                "--credentials", roles().toString(), "--allow-mutating", "--read-timeout", "20",
                // the start-up probe's limit: this test is about the answers after it, on a machine other tests share
                "--connect-timeout", "30", "--tags",
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
        server.answer("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            server.stream(exchange.getResponseBody(), Long.MAX_VALUE, 200);
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
