package io.configconformance.cli;

import static io.configconformance.cli.RecordReplayParityTest.cli;
import static io.configconformance.cli.RecordReplayParityTest.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A recording is a baseline: {@code run --record} and {@code parity} never lose one to a bad option, and parity never
 * passes over a baseline scenario it did not compare.
 */
// Its in-JVM commands put back the JVM's system properties after each: no other class may set one in between.
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class RecordingBaselineTest {

    private static final Path SCENARIOS = RecordReplayParityTest.KEPT.resolve(Path.of("recorder",
            "start_configuration_recorder_2020-09-07"));
    /** Two scenarios of the kept recording, JSON and XML: what the tests below run. */
    private static final String TWO = "@StartConfigurationRecorder and @v2020-09-07 and @NoPermission";
    private static final String SKIPPED = "createslrfail-the-service-linked-role-cannot-be-created-json";

    @TempDir
    Path temp;

    /** A baseline of the two scenarios TWO runs, and a third that a run with TWO does not make. */
    private Path baseline() throws IOException {
        Path dir = temp.resolve("baseline");
        Path folder = Files.createDirectories(dir.resolve(SCENARIOS.subpath(2, 4)));
        try (Stream<Path> kept = Files.list(SCENARIOS)) {
            for (Path file : kept.filter(f -> f.getFileName().toString().startsWith("nopermission")
                    || f.getFileName().toString().equals(SKIPPED + ".json")).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Files.writeString(dir.resolve("README.md"), "kept beside the recording\n");
        return dir;
    }

    @ParameterizedTest
    @ValueSource(strings = {"--tags=@a and", "--endpoint=ftp://127.0.0.1/", "--reports=FILE", "--threads=0",
        "--endpoint=http://127.0.0.1:1"})
    void aRunWithABadOptionLeavesTheRecordingByteIdentical(String option) throws IOException {
        Path recording = baseline();
        Map<String, String> before = files(recording);
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        RecordReplayParityTest.Result run = cli("run", "--record", recording.toString(), "--reports",
                temp.resolve("reports").toString(), option.replace("FILE", file.toString()), "--connect-timeout", "1");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals(before, files(recording), "the recording is as it was");
        assertEquals(List.of("baseline"), names(temp).stream().filter(n -> n.contains("baseline")).toList(),
                "no staging folder is left beside it");
    }

    @Test
    void parityWithABadOptionLeavesTheBaselineAndItsLastRecordingByteIdentical() throws IOException {
        Path baseline = baseline();
        Path reports = temp.resolve("reports");
        Files.createDirectories(reports);
        copyTree(baseline, reports.resolve("parity-recording"));
        Map<String, String> before = files(baseline);
        Map<String, String> lastRecording = files(reports.resolve("parity-recording"));
        RecordReplayParityTest.Result parity = cli("parity", "--baseline", baseline.toString(), "--reports",
                reports.toString(), "--tags", "@a and");
        assertEquals(2, parity.exitCode(), parity.out() + parity.err());
        assertEquals(before, files(baseline));
        assertEquals(lastRecording, files(reports.resolve("parity-recording")));
    }

    @Test
    void aRecordingReplacesTheEarlierOneOnlyWhenTheRunHasEnded() throws IOException {
        Path recording = baseline();
        RecordReplayParityTest.Result run = cli("run", "--record", recording.toString(), "--tags", TWO, "--reports",
                temp.resolve("reports").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        Map<String, String> now = files(recording);
        assertEquals(List.of("README.md", "recorder/start_configuration_recorder_2020-09-07/nopermission-a-ram-user-"
                + "without-cloud-config-permissions-cannot-start-a-recorder-json.json",
                "recorder/start_configuration_recorder_2020-09-07/nopermission-a-ram-user-without-cloud-config-"
                + "permissions-cannot-start-a-recorder-xml.json"), List.copyOf(now.keySet()),
                "the run's two scenarios replace the earlier recording; files that are not recordings stay");
        assertTrue(run.out().contains("recorded 2 scenarios in " + recording), run.out());
    }

    @Test
    void parityNamesABaselineScenarioTheRunDidNotRecordAndFailsUnlessAllowed() throws IOException {
        Path baseline = baseline();
        RecordReplayParityTest.Result parity = cli("parity", "--baseline", baseline.toString(), "--tags", TWO,
                "--reports", temp.resolve("reports").toString());
        assertEquals(1, parity.exitCode(), parity.out() + parity.err());
        assertTrue(parity.out().contains("NOT COMPARED recorder/start_configuration_recorder_2020-09-07/" + SKIPPED),
                parity.out());
        assertTrue(parity.out().contains("parity: 0 differences; 3 scenarios: 2 same, 0 differ, 0 not recorded,"
                + " 1 not compared"), parity.out());
        assertTrue(parity.err().contains("--allow-missing"), parity.err());
        assertTrue(Files.readString(temp.resolve("reports").resolve("parity.md")).contains(SKIPPED
                + " | not compared |"));
        assertTrue(Files.isDirectory(temp.resolve("reports").resolve("parity-recording").resolve(SCENARIOS
                .subpath(2, 4))), "parity's recording is published with the reports");

        RecordReplayParityTest.Result allowed = cli("parity", "--baseline", baseline.toString(), "--tags", TWO,
                "--reports", temp.resolve("reports").toString(), "--allow-missing");
        assertEquals(0, allowed.exitCode(), allowed.out() + allowed.err());
        assertTrue(allowed.out().contains("NOT COMPARED recorder/start_configuration_recorder_2020-09-07/" + SKIPPED),
                allowed.out());
    }

    /**
     * An endpoint that answers every NoPermission with another code: the run fails, and fails the same way each time,
     * so its recording and a second run's are the same. Parity must still fail: it is the run plus a comparison, and a
     * nightly job runs it in place of run.
     */
    @Test
    void parityFailsWhenTheRunFailedEvenWhereEveryExchangeIsTheSame() throws IOException {
        try (io.configconformance.emulator.Emulator emulator = new io.configconformance.emulator.Emulator(
                io.configconformance.emulator.EmulatorSettings.loopback(0)).start()) {
            com.github.tomakehurst.wiremock.WireMockServer proxy = io.configconformance.suite.ChangingProxy.start(
                    emulator.baseUri(), (request, response) -> response.getBodyAsString().contains("NoPermission")
                            ? io.configconformance.suite.ChangingProxy.replace(response, response.getStatus(),
                                    response.getBodyAsString().replace("NoPermission", "NoPermissionRenamed"))
                            : response, true);
            try {
                String endpoint = "http://127.0.0.1:" + proxy.port();
                Path baseline = temp.resolve("failing-baseline");
                RecordReplayParityTest.Result recorded = cli("run", "--endpoint", endpoint, "--record",
                        baseline.toString(), "--tags", TWO, "--reports", temp.resolve("recorded").toString());
                assertEquals(1, recorded.exitCode(), "the renamed code fails the run: " + recorded.out());
                RecordReplayParityTest.Result parity = cli("parity", "--baseline", baseline.toString(), "--endpoint",
                        endpoint, "--tags", TWO, "--reports", temp.resolve("parity").toString());
                assertTrue(parity.out().contains("parity: 0 differences; 2 scenarios: 2 same"), parity.out());
                assertEquals(1, parity.exitCode(), parity.out() + parity.err());
                assertTrue(parity.err().contains("parity: the run itself failed"), parity.err());
            } finally {
                proxy.stop();
            }
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }
}
