package io.configconformance.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs target/config-conformance.jar in a JVM of its own, as a user runs it. */
final class JarProcess {

    static final Path JAR = Path.of("target", "config-conformance.jar");

    private JarProcess() {
    }

    static Process start(String... arguments) throws IOException {
        return start(List.of(), arguments);
    }

    /** The jar with JVM options before {@code -jar} (a heap limit, say). */
    static Process start(List<String> jvmOptions, String... arguments) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after `mvn package`");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(false).start();
    }

    /** Runs to completion within the limit; the result holds exit code, stdout and stderr. */
    static Result run(long timeoutSeconds, String... arguments) throws IOException, InterruptedException {
        Process process = start(arguments);
        process.getOutputStream().close();
        StringBuilder stdout = new StringBuilder();
        Thread reader = new Thread(() -> copy(process, stdout), "jar-stdout");
        reader.start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("jar " + String.join(" ", arguments) + " did not end within " + timeoutSeconds + " s");
        }
        reader.join();
        return new Result(process.exitValue(), stdout.toString(), stderr);
    }

    private static void copy(Process process, StringBuilder into) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> into.append(line).append('\n'));
        } catch (IOException e) {
            into.append("(stdout unreadable: ").append(e.getMessage()).append(")");
        }
    }

    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }
}
