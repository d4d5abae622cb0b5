package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code run} stopped by Ctrl-C (SIGINT) or SIGTERM once scenarios are under way: exit 130 or 143, one line on
 * stderr, and the report folder as the previous complete run left it, whether the signal reached the launching JVM,
 * the tuned JVM, both (a terminal's Ctrl-C reaches the whole process group) or a run that was not relaunched. A
 * {@code --reports} that cannot be a report folder is bad usage before anything runs: the command line's to say, checked
 * in this JVM ({@link CommandInThisJvm}).
 */
class InterruptedRunIT {

    /** What a previous complete run left in the report folder; a stopped run must not touch it. */
    private static final Map<String, String> PREVIOUS = Map.of(
            "conformance-matrix.md", "# the previous complete run\n",
            "cucumber-junit.xml", "<testsuite name=\"previous\" tests=\"162\" failures=\"0\"/>\n",
            "README.md", "not written by the suite\n");

    /**
     * A process started in the background by a shell without job control (nohup, {@code &} in a script) inherits
     * SIGINT ignored, and so would the tests' runs, which then could not be interrupted: as in a terminal, where
     * Ctrl-C reaches a run, the run starts with SIGINT's default disposition. Perl resets it and execs the JVM.
     */
    private static final List<String> SIGINT_AS_IN_A_TERMINAL = List.of("perl", "-e",
            "$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"cannot start $ARGV[0]: $!\\n\"", "--");

    @ParameterizedTest(name = "{0} to the {1}")
    @CsvSource({"INT, launcher, 130", "TERM, launcher, 143", "INT, launcher and tuned JVM, 130",
        "TERM, tuned JVM, 143", "INT, JVM with tuning turned off, 130", "TERM, JVM tuned by hand, 143"})
    void aStoppedRunSaysSoOnceAndLeavesThePreviousReports(String signal, String receiver, int exitCode)
            throws Exception {
        Path reports = Path.of("target", "it-reports", "stopped-" + signal + "-" + receiver.replace(' ', '-'));
        writePrevious(reports);
        // The two ways a run stays in the JVM it was started in (D2): the tuning turned off, or -XX: options given
        List<String> jvmOptions = switch (receiver) {
            case "JVM with tuning turned off" -> List.of("-D" + ShortRunJvm.TUNE + "=false");
            case "JVM tuned by hand" -> ShortRunJvm.FLAGS;
            default -> List.of();
        };
        // One operation's scenarios: the run is under way at the first of them and stops before the last.
        Process run = JarProcess.start(SIGINT_AS_IN_A_TERMINAL, jvmOptions, "run", "--threads", "1", "--tags",
                "@CreateAggregator", "--reports", reports.toString());
        run.getOutputStream().close();
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(run));
        BufferedReader stdout = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
        String line = stdout.readLine();
        while (line != null && !line.contains("[1/")) {
            line = stdout.readLine();
        }
        assertTrue(line != null, "scenarios were under way before the signal");
        for (ProcessHandle process : receivers(run, receiver)) {
            kill(signal, process.pid());
        }
        CompletableFuture.runAsync(() -> stdout.lines().forEach(ignored -> { }));
        try {
            assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the run ends after SIG" + signal);
        } finally {
            run.destroyForcibly();
        }
        String err = stderr.get(10, TimeUnit.SECONDS);
        assertEquals(exitCode, run.exitValue(), err);
        assertEquals(List.of("run: interrupted by SIG" + signal + "; no report written, the report folder keeps the"
                + " previous complete run"), err.lines().toList());
        assertPreviousUntouched(reports);
    }

    @Test
    void reportsThatNameAFileAreBadUsage() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "it-reports")).resolve("a-file.txt");
        Files.writeString(file, "not a folder");
        JarProcess.Result result = CommandInThisJvm.run("run", "--reports", file.toString());
        assertEquals(2, result.exitCode(), result.toString());
        assertEquals(List.of("run: --reports " + file + " is a file, not a folder"), result.stderr().lines().toList());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void reportsUnderAFileCannotBeWritten() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "it-reports")).resolve("another-file.txt");
        Files.writeString(file, "not a folder");
        JarProcess.Result result = CommandInThisJvm.run("run", "--reports", file.resolve("reports").toString());
        assertEquals(2, result.exitCode(), result.toString());
        List<String> lines = result.stderr().lines().toList();
        assertEquals(1, lines.size(), result.toString());
        assertTrue(lines.get(0).startsWith("run: --reports " + file.resolve("reports")), result.toString());
        assertFalse(lines.get(0).contains("Exception"), result.toString());
    }

    private static List<ProcessHandle> receivers(Process run, String receiver) throws Exception {
        return switch (receiver) {
            case "launcher" -> List.of(run.toHandle());
            case "JVM with tuning turned off", "JVM tuned by hand" -> {
                assertEquals(List.of(), run.toHandle().children().toList(), "the run stayed in the JVM it began in");
                yield List.of(run.toHandle());
            }
            case "tuned JVM" -> List.of(tunedJvmOf(run));
            default -> List.of(run.toHandle(), tunedJvmOf(run));
        };
    }

    /** The launcher's child once its command line is the tuned JVM's (see JarCommandsIT). */
    private static ProcessHandle tunedJvmOf(Process launcher) {
        return launcher.toHandle().children()
                .filter(child -> child.info().arguments().map(List::of)
                        .filter(arguments -> arguments.containsAll(ShortRunJvm.FLAGS)).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("a scenario ran, so the tuned JVM is running"));
    }

    private static void kill(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-s", signal, String.valueOf(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -s " + signal + " " + pid);
    }

    private static void writePrevious(Path reports) throws IOException {
        if (Files.exists(reports)) { // whatever an earlier build left there, a whole run's reports included
            try (Stream<Path> old = Files.walk(reports)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(reports);
        for (Map.Entry<String, String> file : PREVIOUS.entrySet()) {
            Files.writeString(reports.resolve(file.getKey()), file.getValue());
        }
    }

    private static void assertPreviousUntouched(Path reports) throws IOException {
        try (Stream<Path> files = Files.list(reports)) {
            assertEquals(PREVIOUS.keySet(), files.map(f -> f.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()), "no new report beside the previous run's");
        }
        for (Map.Entry<String, String> file : PREVIOUS.entrySet()) {
            assertEquals(file.getValue(), Files.readString(reports.resolve(file.getKey())), file.getKey());
        }
        try (Stream<Path> siblings = Files.list(reports.getParent())) {
            List<Path> partial = siblings.filter(p -> p.getFileName().toString()
                    .startsWith("." + reports.getFileName() + ".partial-")).toList();
            assertEquals(List.of(), partial, "the unfinished reports are gone");
        }
    }

    private static String readAll(Process run) {
        try {
            return new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }
}
