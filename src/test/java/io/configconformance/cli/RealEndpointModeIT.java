package io.configconformance.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * default timings (a group takes 1.5 s to be created, a deployment 1.5 s), as a real service takes time; accounts
 * come from a role file with every role. Scenarios that need the emulator are reported skipped with their reason,
 * the rest are judged and pass (none differs: the emulator is what the suite's choices describe), and no secret of
 * the run reaches the reports.
 */
class RealEndpointModeIT {

    private static final Path REPORTS = Path.of("target", "it-reports", "real-endpoint");
    private static Emulator emulator;
    private static WireMockServer service;
    private static JarProcess.Result run;
    private static final List<String> secrets = new ArrayList<>();

    @BeforeAll
    static void runAgainstAnEndpointWithoutControlApi() throws Exception {
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
        service = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().preserveHostHeader(true));
        service.start();
        service.stubFor(any(urlPathMatching("/__emulator/.*")).atPriority(1).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<html><title>Not Found</title></html>")));
        service.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(emulator.baseUri().toString())));
        Path roles = writeRoleFile(new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(5)));
        run = JarProcess.run(600, "run", "--endpoint", "http://127.0.0.1:" + service.port(), "--credentials",
                roles.toString(), "--allow-mutating", "--reports", REPORTS.toString());
    }

    @AfterAll
    static void stop() {
        service.stop();
        emulator.close();
    }

    private static Path writeRoleFile(EmulatorControl control) throws IOException {
        TestAccount individual = control.createAccount("individual");
        TestAccount management = control.createAccount("management");
        TestAccount unauthorized = control.createAccount("unauthorized");
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            members.add(entry(control.createMember(management.accountId())));
        }
        for (TestAccount account : List.of(individual, management, unauthorized)) {
            secrets.add(account.credentials().accessKeySecret());
        }
        Path file = Files.createDirectories(Path.of("target", "it-credentials")).resolve("roles.json");
        Files.writeString(file, "{\"individual\":" + entry(individual) + ",\"management\":" + entry(management)
                + ",\"unauthorized\":" + entry(unauthorized) + ",\"members\":[" + String.join(",", members) + "]}");
        return file;
    }

    private static String entry(TestAccount account) {
        secrets.add(account.credentials().accessKeySecret());
        return "{\"AccountId\":" + account.accountId() + ",\"AccessKeyId\":\"" + account.credentials().accessKeyId()
                + "\",\"AccessKeySecret\":\"" + account.credentials().accessKeySecret() + "\"}";
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
    void noSecretOfTheRunAppearsInTheReports() throws IOException {
        List<String> leaks = new ArrayList<>();
        Pattern unmaskedSignature = Pattern.compile("(Signature=(?!\\*\\*\\*\\*)[A-Za-z0-9%+/]{8,})|(Signature=[0-9a-f]{64})");
        try (Stream<Path> files = Files.walk(REPORTS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                secrets.stream().filter(text::contains).forEach(secret -> leaks.add(file + " holds a secret"));
                if (unmaskedSignature.matcher(text).find()) {
                    leaks.add(file + " holds a signature");
                }
            }
        }
        assertEquals(List.of(), leaks);
        assertTrue(secrets.size() >= 6, "the secrets of every role were looked for");
    }
}
