package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import io.configconformance.report.RunTiming;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The executable jar as users run it: {@code emulator} in a process of its own, called by the official core SDK
 * (an independent V1 implementation); {@code run} against the embedded emulator, against that separate emulator, and
 * against an endpoint that does not answer. Bad usage ends a process with exit 2 and one line on stderr (a malformed
 * tag expression, a short control token, an unreachable endpoint); which options are bad usage is the command line's
 * to say, checked in this JVM ({@link CommandInThisJvm}) without starting one.
 */
class JarCommandsIT {

    private static Process emulator;
    private static String emulatorUrl;
    private static int emulatorPort;
    private static String accessKeyId;
    private static String accessKeySecret;

    @BeforeAll
    static void startEmulator() throws Exception {
        // Deployments settle at once, so every test may start the default account's recorder again; the suite
        // must pass against it all the same, since its scenarios set the timing they rely on per account.
        JarProcess.Emulator started = JarProcess.startEmulator(List.of(), "--port", "0", "--transition-ms", "0");
        emulator = started.process();
        emulatorUrl = started.url();
        emulatorPort = started.port();
        accessKeyId = started.accessKeyId();
        accessKeySecret = started.accessKeySecret();
    }

    @AfterAll
    static void stopEmulator() throws InterruptedException {
        emulator.destroy();
        assertTrue(emulator.waitFor(10, TimeUnit.SECONDS), "the emulator stops on SIGTERM");
    }

    private static CommonResponse start(String secret, FormatType format) throws ClientException {
        DefaultAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile("cn-shanghai", accessKeyId, secret));
        CommonRequest request = new CommonRequest();
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysDomain("127.0.0.1:" + emulatorPort);
        request.setSysMethod(MethodType.GET);
        request.setSysVersion("2020-09-07");
        request.setSysAction("StartConfigurationRecorder");
        request.setSysAccept(format);
        return client.getCommonResponse(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JSON", "XML"})
    void theEmulatorProcessAnswersAnIndependentV1Client(String format) throws Exception {
        CommonResponse response = start(accessKeySecret, FormatType.valueOf(format));
        assertEquals(200, response.getHttpStatus());
        assertTrue(response.getData().contains("ConfigurationRecorderStatus"), response.getData());
        assertTrue(response.getData().startsWith(format.equals("XML") ? "<?xml" : "{"), response.getData());
    }

    @Test
    void theEmulatorProcessRejectsAWrongSignatureWithAnErrorEnvelope() {
        ClientException e = assertThrows(ClientException.class, () -> start("wrong-secret", FormatType.XML));
        assertEquals("SignatureDoesNotMatch", e.getErrCode(), e.getMessage());
        // The SDK raises ServerException for 5xx answers only: a plain ClientException means a 4xx envelope it parsed.
        assertFalse(e instanceof ServerException, "a 4xx answer");
        assertTrue(e.getRequestId() != null && !e.getRequestId().isEmpty(), "RequestId read from the XML envelope");
    }

    @Test
    void runPassesAgainstTheEmbeddedEmulatorAndWritesReports() throws Exception {
        Path reports = Path.of("target", "it-reports", "embedded");
        JarProcess.Result result = JarProcess.run(300, "run", "--reports", reports.toString());
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.stdout().contains(" 0 failed"), result.toString());
        assertTrue(result.stdout().contains("launcher and tuned JVM"), "run relaunched itself tuned: " + result);
        for (String report : new String[] {"cucumber.html", "cucumber-junit.xml", "cucumber-messages.ndjson",
            "cucumber.json", "conformance-matrix.md", "conformance-matrix.html"}) {
            assertTrue(Files.size(reports.resolve(report)) > 0, report + " written");
        }
        String junit = Files.readString(reports.resolve("cucumber-junit.xml"));
        assertTrue(junit.contains("classname=\"CreateAggregator (2020-09-07)")
                && junit.contains("AggregatorNameDuplicated: Two account groups cannot have the same name (XML)\" time="),
                "a JUnit testcase per scenario names the operation and the code");
        assertTrue(Files.readString(reports.resolve("conformance-matrix.md")).contains("Documented errors passed: 43 of 43"));
        long testcases = java.util.regex.Pattern.compile("<testcase ").matcher(junit).results().count();
        List<Path> allure;
        try (java.util.stream.Stream<Path> files = Files.list(reports.resolve("allure-results"))) {
            allure = files.filter(file -> file.getFileName().toString().endsWith("-result.json")).toList();
        }
        assertEquals(testcases, allure.size(), "an Allure result per scenario");
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        for (Path file : allure) {
            tools.jackson.databind.JsonNode scenario = json.readTree(file.toFile());
            assertEquals("passed", scenario.path("status").asString(), file.toString());
            assertTrue(scenario.path("labels").toString().contains("{\"name\":\"verdict\",\"value\":\"passed\"}"),
                    file + ": " + scenario.path("labels"));
        }
        assertTrue(Files.size(reports.resolve("allure-results").resolve("categories.json")) > 0);
    }

    @Test
    void runPassesAgainstAnEmulatorStartedElsewhere() throws Exception {
        // The start-up probe is given 30 s, not 5: beside a loaded build it met the 5 s limit (what it checks is
        // RunChecks' and EndpointUnderTest's; this test's claim is the run against another process).
        JarProcess.Result result = JarProcess.run(300, "run", "--endpoint", emulatorUrl, "--threads", "1",
                "--connect-timeout", "30", "--reports", Path.of("target", "it-reports", "separate").toString());
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.stdout().contains("against " + emulatorUrl), result.toString());
    }

    @Test
    void runAgainstAnUnreachableEndpointEndsAtOnceWithOneLine() throws Exception {
        long started = System.nanoTime();
        JarProcess.Result result = JarProcess.run(30, "run", "--endpoint", "http://127.0.0.1:1");
        assertEquals(2, result.exitCode(), result.toString());
        assertEquals(1, result.stderr().strip().lines().count(), result.toString());
        assertTrue(result.stderr().contains("127.0.0.1:1"), result.toString());
        assertTrue(System.nanoTime() - started < 30_000_000_000L);
    }

    @Test
    void anEmulatorWithAShortControlTokenIsBadUsage() throws Exception {
        JarProcess.Result result = JarProcess.run(30, "emulator", "--port", "0", "--control-token", "short");
        assertEquals(2, result.exitCode(), result.toString());
        assertEquals(1, result.stderr().strip().lines().count(), result.toString());
        assertTrue(result.stderr().contains("--control-token"), result.toString());
    }

    @Test
    void anEmulatorWithAControlTokenPrintsItAndRunNamesItWhenMissing() throws Exception {
        JarProcess.Emulator guarded = JarProcess.startEmulator(List.of(), "--port", "0", "--control-token",
                "the-users-own-token-1");
        try {
            assertTrue(guarded.controlLine().endsWith(": the-users-own-token-1"), "printed: " + guarded.controlLine());
            JarProcess.Result run = JarProcess.run(60, "run", "--endpoint", guarded.url());
            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.stderr().contains("CONFORMANCE_CONTROL_TOKEN"), run.toString());
        } finally {
            guarded.stop();
        }
    }

    @Test
    void runAgainstAnEmulatorAtAUrlRunsSixteenScenariosAtOnceByDefault() throws Exception {
        Path reports = Path.of("target", "it-reports", "remote-default");
        JarProcess.Result result = JarProcess.run(300, "run", "--endpoint", emulatorUrl, "--tags",
                "@PutConfigurationRecorder", "--connect-timeout", "30", "--reports", reports.toString());
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(16, RunTiming.read(reports).threads(), result.toString());
    }

    @Test
    void runWithAMaxRateOutOfRangeIsBadUsage() throws Exception {
        JarProcess.Result result = CommandInThisJvm.run("run", "--max-rate", "-1");
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.stderr().contains("--max-rate"), result.toString());
    }

    @Test
    void anEmulatorWithANegativeLatencyIsBadUsage() throws Exception {
        JarProcess.Result result = CommandInThisJvm.run("emulator", "--port", "0", "--latency-ms", "-1");
        assertEquals(2, result.exitCode(), result.toString());
        assertEquals(1, result.stderr().strip().lines().count(), result.toString());
        assertTrue(result.stderr().contains("--latency-ms"), result.toString());
    }

    @Test
    void runWithThreadsOutOfRangeIsBadUsage() throws Exception {
        JarProcess.Result result = CommandInThisJvm.run("run", "--threads", "0");
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.stderr().contains("--threads"), result.toString());
    }

    @Test
    void runWithATagExpressionThatMatchesNothingIsBadUsageAndLeavesTheReportFolderAsItWas() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "it-reports", "no-match"));
        Path earlier = folder.resolve("run-timing.json");
        Files.writeString(earlier, "{\"startup\":1}\n");
        JarProcess.Result result = JarProcess.run(60, "run", "--tags", "@nonexistent", "--reports", folder.toString());
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.stderr().contains("no scenario matches --tags @nonexistent"), result.toString());
        assertFalse(result.stdout().contains("SKIPPED"), "scenarios left out by --tags are not listed: " + result);
        assertEquals("{\"startup\":1}\n", Files.readString(earlier), "the earlier run's timing was replaced");
        assertFalse(result.stdout().contains("reports in"), "no reports were written: " + result);
    }

    @Test
    void runWithAMalformedTagExpressionIsBadUsageBeforeAnythingRuns() throws Exception {
        JarProcess.Result result = JarProcess.run(30, "run", "--tags", "@foo and");
        assertEquals(2, result.exitCode(), result.toString());
        assertEquals(1, result.stderr().strip().lines().count(), result.toString());
        assertTrue(result.stderr().contains("--tags '@foo and' is not a tag expression"), result.toString());
        assertFalse(result.stdout().contains("scenarios against"), "nothing ran: " + result);
    }

    @Test
    void aRunInWhichEveryScenarioWasSkippedTestedNothing() throws Exception {
        try (ServiceStage service = new ServiceStage("all-skipped", (request, response) -> response)) {
            String[] arguments = {"run", "--endpoint", service.endpoint(), "--credentials", service.roles().toString(),
                "--tags", "@needs-fault-injection and @PutConfigurationRecorder", "--reports",
                Path.of("target", "it-reports", "all-skipped").toString()};
            JarProcess.Result result = JarProcess.run(120, arguments);
            assertEquals(2, result.exitCode(), result.toString());
            assertTrue(result.stderr().contains("run: nothing was tested: 2 skipped (2 × needs the emulator's control"
                    + " API (@needs-fault-injection))"), result.toString());
            String[] allowed = java.util.Arrays.copyOf(arguments, arguments.length + 1);
            allowed[arguments.length] = "--allow-empty";
            assertEquals(0, JarProcess.run(120, allowed).exitCode(), "--allow-empty accepts a run of skips");
        }
    }

    @Test
    void credentialsThatCannotBeReadStopARunInOneLineWithoutExceptionNames() throws Exception {
        try (ServiceStage service = new ServiceStage("unreadable", (request, response) -> response)) {
            Path missing = Path.of("target", "it-credentials", "missing-roles.json");
            JarProcess.Result noFile = JarProcess.run(60, "run", "--endpoint", service.endpoint(), "--credentials",
                    missing.toString());
            assertEquals(2, noFile.exitCode(), noFile.toString());
            assertEquals(java.util.List.of("run: cannot read credentials from " + missing + ": no such file"),
                    noFile.stderr().lines().toList());
            Path home = Files.createDirectories(Path.of("target", "it-credentials", "empty-home"));
            Process process = JarProcess.start(java.util.List.of("-Duser.home=" + home.toAbsolutePath()), "run",
                    "--endpoint", service.endpoint(), "--aliyun-profiles", "unauthorized=ram-user");
            process.getOutputStream().close();
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, process.exitValue(), stderr);
            assertEquals(java.util.List.of("run: --aliyun-profiles reads the aliyun CLI's configuration, and there is"
                    + " none at " + home.toAbsolutePath().resolve(".aliyun/config.json") + " (aliyun configure"
                    + " --profile NAME writes it)"), stderr.lines().toList());
        }
    }

    @Test
    void runWithAnUnknownOptionIsBadUsage() throws Exception {
        JarProcess.Result result = CommandInThisJvm.run("run", "--no-such-option");
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.stderr().contains("--no-such-option"), result.toString());
    }

    @Test
    void theTunedJvmOfARunEndsWhenItsLauncherIsKilled() throws Exception {
        Process launcher = JarProcess.start("run", "--reports", Path.of("target", "it-reports", "killed").toString());
        ProcessHandle tuned = tunedJvmOf(launcher);
        java.util.List<String> arguments = java.util.List.of(tuned.info().arguments()
                .orElseThrow(() -> new AssertionError("the tuned JVM's command line cannot be read here")));
        assertTrue(arguments.containsAll(ShortRunJvm.FLAGS), "tuned with " + ShortRunJvm.FLAGS + ": " + arguments);
        launcher.destroyForcibly(); // SIGKILL: the launcher's own shutdown hook never runs
        assertTrue(launcher.waitFor(10, TimeUnit.SECONDS));
        try {
            tuned.onExit().get(20, TimeUnit.SECONDS);
        } finally {
            tuned.destroyForcibly();
        }
        assertFalse(tuned.isAlive(), "the tuned JVM stopped with its launcher");
    }

    @Test
    void stoppingALauncherStopsItsTunedJvm() throws Exception {
        Process launcher = JarProcess.start("run", "--reports", Path.of("target", "it-reports", "stopped").toString());
        ProcessHandle tuned = tunedJvmOf(launcher);
        String first = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertTrue(first != null && first.contains("[1/"), "scenarios are under way: " + first);
        launcher.destroy(); // SIGTERM: the launcher's shutdown hook stops the tuned JVM and waits for it
        assertTrue(launcher.waitFor(20, TimeUnit.SECONDS), "the launcher ends");
        try {
            assertFalse(tuned.isAlive(), "the tuned JVM was stopped before its launcher ended");
        } finally {
            tuned.destroyForcibly();
        }
    }

    /**
     * The JVM a launching {@code run} started: its child, once the child's command line is the tuned JVM's. The
     * JDK spawns children through jspawnhelper, which becomes {@code java} only after an exec under the same PID, so
     * the first child seen may still be the helper: the wait is for the command line, not for any child.
     */
    private static ProcessHandle tunedJvmOf(Process launcher) throws Exception {
        launcher.getOutputStream().close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            java.util.Optional<ProcessHandle> tuned = launcher.toHandle().children()
                    .filter(child -> child.info().arguments().map(java.util.List::of)
                            .filter(arguments -> arguments.containsAll(ShortRunJvm.FLAGS)).isPresent())
                    .findFirst();
            if (tuned.isPresent()) {
                return tuned.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("run started no tuned JVM (a child with " + ShortRunJvm.FLAGS + ") within 30 s");
    }
}
