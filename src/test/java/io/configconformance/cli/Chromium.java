package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Where the browser tests find Chromium: {@code -Dconformance.chromium=PATH}, or chromium on the PATH. */
final class Chromium {

    static final String PROPERTY = "conformance.chromium";

    private Chromium() {
    }

    /** The browser's path; fails, in one line saying how to install it, when there is none. */
    static String find() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return configured;
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new AssertionError("Chromium is not installed: run scripts/install-test-tools.sh (Debian: apt-get"
                + " install -y chromium) or give -D" + PROPERTY + "=PATH");
    }

    /**
     * Runs headless {@code chromium} with a profile of its own (so that browser tests may run side by side) and
     * without the background connections this machine refuses; returns what it printed (the DOM, for --dump-dom).
     * One process renders, instead of a browser, a zygote and a renderer each: the same DOM and layout for a third
     * less CPU (5.7 against 3.8 s for the Cucumber report, BENCHMARKS.md).
     */
    static String run(String chromium, String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--single-process", "--no-zygote", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
        try {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "Chromium ended: " + command);
            assertEquals(0, process.exitValue(), "Chromium: " + command);
            return out.join();
        } finally {
            process.destroyForcibly();
        }
    }
}
