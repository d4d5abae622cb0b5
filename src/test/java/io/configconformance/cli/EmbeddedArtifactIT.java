package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.core.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The artifact as a test dependency of someone else's project: {@code src/it/junit59-consumer}, a project on JUnit
 * 5.9 with REST Assured and nothing else of ours, is built offline ({@code mvn -o}) against the jar and POM this build
 * packaged, with a local repository of its own that Maven fills from this build's local repository only (a
 * {@code file:} mirror, which offline mode is told to allow), and its tests must pass through the JUnit extension.
 * A second consumer is on plain WireMock and takes the artifact's {@code wiremock} classifier.
 */
class EmbeddedArtifactIT {

    private static final Path WORK = Path.of("target", "consumer-it").toAbsolutePath();
    private static final Pattern TOTALS = Pattern.compile("Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), "
            + "Skipped: (\\d+)\\s*$", Pattern.MULTILINE);

    @Test
    void aProjectOnJUnit59PassesItsTestsAgainstTheEmulator() throws Exception {
        Path work = WORK.resolve("junit59");
        String output = build(work, "junit59-consumer", "test");
        assertTotals(output, "4 0 0 0");
        assertTrue(output.contains("junit-platform") || output.contains("JUnitPlatformProvider")
                || output.contains("Tests run"), tail(output));
    }

    /**
     * {@code src/it/plain-wiremock-consumer} already has plain {@code org.wiremock:wiremock} (its own Jetty, networknt
     * 1.x): with the artifact's {@code wiremock} classifier and wiremock-standalone excluded, its resolved tree holds
     * one WireMock, and the emulator answers a signed call, keeps its guards, beside the project's own stubs.
     */
    @Test
    void aProjectOnPlainWireMockRunsTheEmulatorWithoutTheStandaloneJar() throws Exception {
        Path work = WORK.resolve("plain-wiremock");
        Path tree = work.resolve("dependency-tree.txt");
        String output = build(work, "plain-wiremock-consumer", "org.apache.maven.plugins:maven-dependency-plugin:"
                + pluginVersion("maven-dependency-plugin") + ":tree", "-DoutputFile=" + tree, "test");
        assertTotals(output, "4 0 0 0");
        String resolved = Files.readString(tree, StandardCharsets.UTF_8);
        assertTrue(resolved.contains("org.wiremock:wiremock:jar:" + Version.getCurrentVersion() + ":test"), resolved);
        assertTrue(resolved.contains("io.configconformance:config-conformance:jar:wiremock:"), resolved);
        assertFalse(resolved.contains("wiremock-standalone"), resolved);
    }

    /** Installs the artifact just packaged in a repository of the consumer's own, builds it offline, returns its log. */
    private static String build(Path work, String consumer, String... goals) throws Exception {
        String version = property("conformance.version");
        deleteRecursively(work);
        Path installed = work.resolve("repo/io/configconformance/config-conformance").resolve(version);
        Files.createDirectories(installed);
        Path artifact = Path.of(property("conformance.artifact"));
        Files.copy(artifact, installed.resolve("config-conformance-" + version + ".jar"));
        Files.copy(artifact.resolveSibling(artifact.getFileName().toString().replace(".jar", "-wiremock.jar")),
                installed.resolve("config-conformance-" + version + "-wiremock.jar"));
        Files.copy(Path.of("pom.xml"), installed.resolve("config-conformance-" + version + ".pom"));
        Path project = work.resolve("project");
        Map<String, String> versions = Map.of("@conformance.version@", version,
                "@junit.version@", property("conformance.consumer.junit"),
                "@rest-assured.version@", property("conformance.rest-assured"),
                "@surefire.version@", property("conformance.surefire"),
                "@compiler.version@", property("conformance.compiler"),
                "@wiremock.version@", Version.getCurrentVersion());
        copyFilled(Path.of("src", "it", consumer), project, versions);
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, "<settings><localRepository>" + work.resolve("repo") + "</localRepository>"
                + "<mirrors><mirror><id>this-build</id><mirrorOf>*</mirrorOf><url>"
                + Path.of(property("conformance.local-repository")).toUri() + "</url></mirror></mirrors></settings>");
        Path log = work.resolve("build.log");
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-o", "-s", settings.toString(),
                "-Daether.offline.protocols=file", "-DargLine=" + property("conformance.test-jvm")));
        command.addAll(List.of(goals));
        Process build = new ProcessBuilder(command)
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        build.getOutputStream().close();
        assertTrue(build.waitFor(10, TimeUnit.MINUTES), "the consumer build ended");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, build.exitValue(), "the consumer build passed:\n" + tail(output));
        return output;
    }

    private static void assertTotals(String output, String expected) {
        Matcher totals = TOTALS.matcher(output);
        assertTrue(totals.find(), "surefire reported its totals:\n" + tail(output));
        assertEquals(expected, totals.group(1) + " " + totals.group(2) + " " + totals.group(3) + " "
                + totals.group(4), "every consumer test ran and passed:\n" + tail(output));
    }

    /** The version this build's pom.xml gives a plugin, so the consumer uses one already in the local repository. */
    private static String pluginVersion(String artifactId) throws IOException {
        Matcher version = Pattern.compile("<artifactId>" + artifactId + "</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        assertTrue(version.find(), artifactId + " has a version in pom.xml");
        return version.group(1);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: the test runs through maven-failsafe (pom.xml)");
        }
        return value;
    }

    private static void copyFilled(Path from, Path to, Map<String, String> values) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Map.Entry<String, String> value : values.entrySet()) {
                    text = text.replace(value.getKey(), value.getValue());
                }
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String tail(String output) {
        return output.length() <= 6000 ? output : output.substring(output.length() - 6000);
    }
}
