package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The build's class-data archive (D5) is one the JVM accepts for the jar it was built with: an emulator started as
 * docs/EMULATOR.md says maps its own classes, WireMock's and Jetty's from the archive, not from the jar.
 */
class ClassArchiveIT {

    private static final Path ARCHIVE = JarProcess.JAR.resolveSibling(ClassArchive.FILE_NAME);

    @Test
    void theEmulatorStartedWithTheArchiveLoadsItsClassesFromIt() throws Exception {
        assertTrue(Files.isRegularFile(ARCHIVE), ARCHIVE + " is written by `mvn package`");
        Process emulator = JarProcess.start(List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:class+load=info"),
                "emulator", "--port", "0");
        List<String> loaded = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(emulator.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && !line.contains("listening on");
                    line = lines.readLine()) {
                loaded.add(line);
            }
        } finally {
            emulator.destroy();
            emulator.waitFor(20, TimeUnit.SECONDS);
        }
        for (String name : List.of("io.configconformance.emulator.Emulator",
                "io.configconformance.emulator.endpoint.ConfigApiTransformer",
                "com.github.tomakehurst.wiremock.WireMockServer",
                "wiremock.org.eclipse.jetty.server.Server")) {
            assertEquals(List.of(name + " source: shared objects file (top)"), loaded.stream()
                    .filter(line -> line.contains("] " + name + " source:"))
                    .map(line -> line.substring(line.indexOf("] ") + 2)).toList(), name);
        }
        long fromArchive = loaded.stream().filter(line -> line.endsWith("source: shared objects file (top)")).count();
        long fromJar = loaded.stream().filter(line -> line.contains("source: file:")).count();
        assertTrue(fromArchive > 10 * fromJar, fromArchive + " classes from the archive, " + fromJar + " from the jar");
    }
}
