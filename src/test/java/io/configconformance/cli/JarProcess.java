package io.configconformance.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Runs target/config-conformance.jar in a JVM of its own, as a user runs it. */
final class JarProcess {

    static final Path JAR = Path.of("target", "config-conformance.jar");
    private static final Pattern LISTENING =
            Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))");
    private static final Pattern INDIVIDUAL =
            Pattern.compile("individual\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)");

    private JarProcess() {
    }

    static Process start(String... arguments) throws IOException {
        return start(List.of(), arguments);
    }

    /** Starts the jar in a JVM given {@code jvmOptions} ({@code -D...}) before {@code -jar}. */
    static Process start(List<String> jvmOptions, String... arguments) throws IOException {
        return start(List.of(), jvmOptions, arguments);
    }

    /** The same, the JVM started through {@code launcher} (a command that ends by exec-ing its arguments). */
    static Process start(List<String> launcher, List<String> jvmOptions, String... arguments) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after `mvn package`");
        }
        List<String> command = new ArrayList<>(launcher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(false).start();
    }

    /** Runs to completion within the limit; the result holds exit code, stdout and stderr. */
    static Result run(long timeoutSeconds, String... arguments) throws IOException, InterruptedException {
        return run(timeoutSeconds, List.of(), arguments);
    }

    /** The same in a JVM given {@code jvmOptions} ({@code -Xmx256m}). */
    static Result run(long timeoutSeconds, List<String> jvmOptions, String... arguments)
            throws IOException, InterruptedException {
        Process process = start(jvmOptions, arguments);
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

    /**
     * {@code emulator} started with these JVM options and arguments, once it has printed its URL, the control-token
     * line and its accounts: the individual account's keys are read from the table it prints.
     */
    static Emulator startEmulator(List<String> jvmOptions, String... arguments) throws IOException {
        Process process = start(jvmOptions, Stream.concat(Stream.of("emulator"), Stream.of(arguments))
                .toArray(String[]::new));
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String url = null;
        String tokenLine = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                url = listening.group(1);
            }
            if (line.startsWith("Control API")) {
                tokenLine = line;
            }
            Matcher individual = INDIVIDUAL.matcher(line);
            if (individual.find() && url != null) {
                return new Emulator(process, url, URI.create(url).getPort(), individual.group(2),
                        individual.group(3), tokenLine);
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the emulator printed no URL or credentials:\n" + seen);
    }

    /** An emulator process as it introduced itself. */
    record Emulator(Process process, String url, int port, String accessKeyId, String accessKeySecret,
                    String controlLine) {

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }
}
