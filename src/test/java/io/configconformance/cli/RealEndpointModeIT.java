package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.report.RunTiming;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar against an endpoint without the emulator's control API, as against a real Cloud Config endpoint: a
 * WireMock server that forwards the API to an emulator and answers 404 under /__emulator/. The emulator keeps its
 * default timings (a group takes 1.5 s to be created, a deployment 1.5 s), as a real service takes time, and throttles
 * at 10 requests per second per AccessKeyId, as a real gateway does; accounts come from a role file with every role,
 * shared by every scenario. Scenarios that need the emulator are reported skipped with their reason, the rest are
 * judged and pass (none differs: the emulator is what the suite's choices describe; a throttled call is sent again,
 * never judged, and the run says so), and no secret of the run reaches the reports.
 */
class RealEndpointModeIT {

    private static final Path REPORTS = Path.of("target", "it-reports", "real-endpoint");
    private static ServiceStage service;
    private static JarProcess.Result run;

    @BeforeAll
    static void runAgainstAnEndpointWithoutControlApi() throws Exception {
        service = new ServiceStage("real-endpoint", EmulatorSettings.loopback(0).withRateLimit(10),
                (request, response) -> response);
        run = JarProcess.run(900, "run", "--endpoint", service.endpoint(), "--credentials", service.roles().toString(),
                "--allow-mutating", "--reports", REPORTS.toString());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void emulatorOnlyScenariosAreSkippedWithTheirReasonAndTheRestJudged() throws IOException {
        String matrix = Files.readString(REPORTS.resolve("conformance-matrix.md"));
        assertTrue(matrix.contains("| skipped | needs the emulator's control API (@needs-fault-injection) |"), matrix);
        assertTrue(matrix.contains("| skipped | needs the emulator's control API (@role-nonexistent) |"), matrix);
        assertTrue(matrix.contains("| skipped | creates what the pages say cannot be undone (@irreversible"), matrix);
        Matcher counts = Pattern.compile("Scenarios: (\\d+) \\((\\d+) passed, (\\d+) failed, (\\d+) skipped,"
                + " (\\d+) differ\\)").matcher(matrix);
        assertTrue(counts.find(), matrix);
        assertTrue(Integer.parseInt(counts.group(2)) > 70, "most scenarios are judged and pass: " + counts.group());
        assertTrue(Integer.parseInt(counts.group(4)) > 0, counts.group());
        assertEquals("0", counts.group(3), "failures: " + run);
        assertEquals("0", counts.group(5), "DIFFERS verdicts: " + run);
        assertTrue(run.stdout().contains(" passed, 0 failed, ") && run.stdout().contains(" skipped, 0 differ."),
                run.toString());
        assertEquals(0, run.exitCode(), run.toString());
        String junit = Files.readString(REPORTS.resolve("cucumber-junit.xml"));
        assertTrue(junit.contains("<skipped message=\"needs the emulator's control API"), "JUnit XML gives reasons");
    }

    @Test
    void throttledCallsAreSentAgainNeverJudgedAndTheRunSaysHowMany() throws IOException {
        RunTiming timing = RunTiming.read(REPORTS);
        assertTrue(timing.throttled() > 0, "the service throttled no call: " + timing);
        assertEquals(timing.throttled(), timing.resent(), "every throttled call was sent again: " + timing);
        assertTrue(run.stdout().contains("throttling: " + timing.throttled() + " answers were throttled and "
                + timing.resent() + " requests sent again"), run.stdout());
        String json = Files.readString(REPORTS.resolve("cucumber.json"));
        assertTrue(json.contains("Throttled: ") && json.contains(" answered HTTP 400 Throttling.User (the gateway's"
                + " throttling, not a verdict on the request); sent again after "), "no resend in cucumber.json");
    }

    @Test
    void noSecretOfTheRunAppearsInTheReports() throws IOException {
        List<String> leaks = new ArrayList<>();
        Pattern unmaskedSignature = Pattern.compile("(Signature=(?!\\*\\*\\*\\*)[A-Za-z0-9%+/]{8,})|(Signature=[0-9a-f]{64})");
        try (Stream<Path> files = Files.walk(REPORTS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                service.secrets().stream().filter(text::contains).forEach(secret -> leaks.add(file + " holds a secret"));
                if (unmaskedSignature.matcher(text).find()) {
                    leaks.add(file + " holds a signature");
                }
            }
        }
        assertEquals(List.of(), leaks);
        assertTrue(service.secrets().size() >= 6, "the secrets of every role were looked for");
    }
}
