package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import io.configconformance.client.EmulatorControl;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.recording.ReplayServer;
import io.configconformance.suite.ChangingProxy;
import java.io.IOException;
import java.net.URI;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import picocli.CommandLine;

/**
 * {@code run --record}, {@code replay} and {@code parity} in this JVM against the embedded emulator, checked by what a
 * recording must hold rather than by a copy of one: every request the run sent is recorded; two recordings made one
 * after the other are the same files; placeholders stand for one value each and ids come from earlier answers (in
 * the fresh recording and in the one kept in the repository); no recording holds a secret, token or signature; a
 * replay answers as recorded, byte for byte (its own recording is the same files) and the suite gives every scenario
 * the same verdict against it; and parity finds exactly the three changes a proxy made to the answers it recorded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// Its in-JVM commands put back the JVM's system properties after each: no other class may set one in between.
@ResourceLock(Resources.SYSTEM_PROPERTIES)
// Among the first classes started (pom.xml, surefire): its waits then run beside the short classes, not after them.
@Order(1)
class RecordReplayParityTest {

    static final Path KEPT = Path.of("recordings", "emulator");
    private static final Path WORK = Path.of("target", "record-replay");
    private static final String RE_RECORD = "java -jar target/config-conformance.jar run --record recordings/emulator";
    private static final Pattern VERDICT = Pattern.compile("^\\[\\d+/\\d+] (\\S+) (.*)$", Pattern.MULTILINE);
    /** Three scenarios whose judged call can be changed alone, each in JSON and XML. */
    private static final String THREE = "@StartConfigurationRecorder and @v2020-09-07"
            + " and (@NoPermission or @CreateSLRFail or @ServiceUnavailable)";

    /**
     * The emulator the recordings are made against: one for the class, so that the secrets of every account the runs
     * were given can be asked for afterwards (each `run` without --endpoint starts and stops an emulator of its own).
     */
    private static Emulator emulator;
    /** The date and nonce a replay writes where the recording has {{Date}} and {{Nonce}} (ReplayValues). */
    private static final String REPLAY_DATE = "2026-01-01T00:00:00Z";
    private static final String REPLAY_NONCE = "00000000-0000-4000-8000-000000000000";

    private static final String START_UP_PROBE = "GET /__emulator/info";
    /** Seconds the start-up probe may take through a fresh proxy on a machine other tests share (5 by default). */
    private static final String PROBE_LIMIT = "30";

    private static Result first;
    private static Result second;

    record Result(int exitCode, String out, String err) {
        List<String> verdicts() {
            List<String> verdicts = new ArrayList<>();
            VERDICT.matcher(out).results().forEach(m -> verdicts.add(m.group(1) + " " + m.group(2)));
            return verdicts.stream().sorted().toList();
        }

        /** "162 passed, 0 failed, 0 skipped, 0 differ" */
        String counts() {
            return out.lines().filter(line -> line.contains(" passed, ")).map(line -> line.split("\\. ")[0])
                    .findFirst().orElse("no counts");
        }
    }

    @BeforeAll
    static void recordTheEmulatorTwice() {
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
        String url = emulator.baseUri().toString();
        first = cli("run", "--endpoint", url, "--record", WORK.resolve("first").toString(), "--reports",
                WORK.resolve("r1").toString());
        second = cli("run", "--endpoint", url, "--record", WORK.resolve("second").toString(), "--reports",
                WORK.resolve("r2").toString());
        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertEquals(0, second.exitCode(), second.out() + second.err());
    }

    @Test
    void twoRecordingsMadeOneAfterTheOtherAreTheSameFiles() throws IOException {
        Map<String, String> a = files(WORK.resolve("first"));
        assertTrue(a.size() > 150, "every scenario that sends something is recorded: " + a.size());
        assertSameFiles(a, files(WORK.resolve("second")), "a second recording of the emulator");
    }

    @Test
    void placeholdersNameEachValueOnceAndRequestsUseOnlyIdsTheServiceGaveEarlier() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path dir : List.of(WORK.resolve("first"), KEPT)) {
            for (Map.Entry<String, String> file : files(dir).entrySet()) {
                checked++;
                RecordingContract.placeholders(file.getValue()).forEach(p -> problems.add(dir + "/" + file.getKey()
                        + ": " + p));
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), problems.size() + " problems");
        assertTrue(checked > 300, checked + " recordings checked");
    }

    @Test
    void everyExchangeTheRunSentIsRecorded() throws IOException {
        Path recording = WORK.resolve("counted");
        List<String> sent;
        try (ProxyOfTheEmulator proxy = new ProxyOfTheEmulator((request, response) -> response)) {
            Result run = cli("run", "--endpoint", proxy.url(), "--connect-timeout", PROBE_LIMIT, "--tags", THREE,
                    "--record", recording.toString(),
                    "--reports", WORK.resolve("r5").toString());
            assertEquals(0, run.exitCode(), run.out() + run.err());
            // the start-up probe asks what the endpoint is before any scenario starts; recordings are per scenario
            sent = proxy.seen().stream().filter(call -> !call.equals(START_UP_PROBE)).toList();
        }
        List<String> recorded = new ArrayList<>();
        for (String text : files(recording).values()) {
            recorded.addAll(RecordingContract.exchanges(text));
        }
        assertEquals(6, files(recording).size(), "one recording per scenario: " + files(recording).keySet());
        assertEquals(sorted(sent), sorted(recorded), "the exchanges the endpoint saw are the ones recorded");
        assertTrue(recorded.size() > 12, recorded.toString());
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    @Test
    @Order(Integer.MAX_VALUE) // after the tests that record through a proxy and from a replay
    void noRecordingHoldsASecretATokenOrASignature() throws IOException {
        Set<String> secrets = new HashSet<>();
        new EmulatorControl(embedded(), Duration.ofSeconds(5)).accounts()
                .forEach(account -> secrets.add(account.credentials().accessKeySecret()));
        // a signature, token or secret as a parameter (also percent-encoded) or a JSON field, unless masked
        Pattern signed = Pattern.compile("(?<![\\w-])(Signature|SecurityToken|AccessKeySecret)(=|%3D|\"\\s*:\\s*\")"
                + "(?!\\*\\*\\*\\*)[^\\s&\"]|Signature=[0-9a-f]{16}");
        List<Path> dirs = List.of(WORK.resolve("first"), WORK.resolve("second"), WORK.resolve("replayed"),
                WORK.resolve("changed"), WORK.resolve("parity").resolve("parity-recording"),
                WORK.resolve("same").resolve("parity-recording"), KEPT);
        // every secret's place in a file is one of the file's substrings of that secret's length: one set lookup per
        // position and length, instead of a search of the file for each of the thousands of secrets
        int[] lengths = secrets.stream().mapToInt(String::length).distinct().toArray();
        int scanned = 0;
        for (Path dir : dirs) {
            for (Map.Entry<String, String> file : files(dir).entrySet()) {
                scanned++;
                String text = file.getValue();
                for (int length : lengths) {
                    for (int at = 0; at + length <= text.length(); at++) {
                        if (secrets.contains(text.substring(at, at + length))) {
                            fail(dir + "/" + file.getKey() + " holds a secret at character " + at);
                        }
                    }
                }
                assertFalse(signed.matcher(file.getValue()).find(), dir + "/" + file.getKey()
                        + " holds a signature, token or secret: " + signed.matcher(file.getValue()).results()
                        .map(m -> m.group()).toList());
            }
        }
        assertTrue(scanned > 300 && secrets.size() > 100, scanned + " files, " + secrets.size() + " secrets");
    }

    @Test
    void theSuiteGivesEveryScenarioTheSameVerdictAgainstAReplay() throws IOException {
        try (ReplayServer replay = ReplayServer.start(WORK.resolve("first"), "127.0.0.1", 0)) {
            Result replayed = cli("run", "--endpoint", replay.baseUri().toString(), "--record",
                    WORK.resolve("replayed").toString(), "--reports", WORK.resolve("r3").toString());
            assertEquals(first.verdicts(), replayed.verdicts(), replayed.out());
            Map<String, String> replayedRecording = files(WORK.resolve("replayed"));
            // A replay fills the placeholders of what changes with every request (the date, the nonce it echoes)
            // with fixed values, which its own recording cannot tell from the service's text: put them back.
            replayedRecording.replaceAll((name, text) -> text.replace(REPLAY_DATE, "{{Date}}")
                    .replace(REPLAY_NONCE, "{{Nonce}}"));
            assertSameFiles(files(WORK.resolve("first")), replayedRecording,
                    "the replay of it (a replay answers every request as recorded, byte for byte)");
            assertEquals(first.counts(), replayed.counts(), replayed.out());
            assertEquals(0, replayed.exitCode(), replayed.err());
        }
    }

    @Test
    void parityFindsExactlyTheFieldTheCodeAndTheStatusAProxyChanged() throws IOException {
        Path changed = WORK.resolve("changed");
        try (ProxyOfTheEmulator proxy = new ProxyOfTheEmulator(RecordReplayParityTest::changeThree)) {
            Result recorded = cli("run", "--endpoint", proxy.url(), "--connect-timeout", PROBE_LIMIT, "--tags", THREE,
                    "--record", changed.toString(),
                    "--reports", WORK.resolve("r4").toString());
            assertEquals(1, recorded.exitCode(), "the changed answers fail their scenarios: " + recorded.out()
                    + recorded.err());
        }
        Path reports = WORK.resolve("parity");
        Result parity = cli("parity", "--baseline", changed.toString(), "--tags", THREE, "--reports",
                reports.toString());
        List<String> differences = parity.out().lines().filter(line -> line.startsWith("DIFFERS ")).toList();
        assertEquals(3, differences.size(), parity.out());
        assertTrue(differences.stream().anyMatch(line -> line.contains("nopermission") && line.endsWith(": /Message: recorded string \"Changed by the"
                + " proxy.\", now string \"You are not authorized to perform this operation.\"")), parity.out());
        assertTrue(differences.stream().anyMatch(line -> line.contains("createslrfail")
                && line.endsWith(": /Code: recorded string \"CreateSLRFailed\", now string \"CreateSLRFail\"")),
                parity.out());
        assertTrue(differences.stream().anyMatch(line -> line.contains("serviceunavailable")
                && line.endsWith(": status: recorded number 500, now number 503")), parity.out());
        assertEquals(1, parity.exitCode(), parity.out());
        assertTrue(parity.out().contains("parity: 3 differences; 6 scenarios: 3 same, 3 differ, 0 not recorded"),
                parity.out());
        String report = Files.readString(reports.resolve("parity.md"));
        assertTrue(report.contains("| StartConfigurationRecorder 2020-09-07 | 3 | 3 | 0 |"), report);
        assertTrue(Files.readString(reports.resolve("parity.html")).contains("CreateSLRFailed"));
    }

    @Test
    void parityWithARecordingOfTheSameEmulatorFindsNothing() throws IOException {
        Result parity = cli("parity", "--baseline", WORK.resolve("first").toString(), "--tags", THREE,
                "--reports", WORK.resolve("same").toString(), "--allow-missing");
        assertEquals(0, parity.exitCode(), parity.out() + parity.err());
        assertTrue(parity.out().matches("(?s).*parity: 0 differences; \\d+ scenarios: 6 same, 0 differ, 0 not"
                + " recorded, \\d+ not compared.*"), parity.out());
    }

    @Test
    void badUsageIsExitTwoWithOneLine() {
        Result noBaseline = cli("parity");
        assertEquals(2, noBaseline.exitCode());
        Result empty = cli("parity", "--baseline", WORK.resolve("nothing-here").toString());
        assertEquals(2, empty.exitCode());
        assertEquals(1, empty.err().lines().count(), empty.err());
        assertTrue(empty.err().contains("holds no recording"), empty.err());
        Result ownRecord = cli("parity", "--baseline", KEPT.toString(), "--record", "x");
        assertEquals(2, ownRecord.exitCode(), ownRecord.err());
        Result replay = cli("replay", WORK.resolve("nothing-here").toString(), "--port", "0");
        assertEquals(2, replay.exitCode());
        assertEquals(1, replay.err().lines().count(), replay.err());
    }

    /** The JSON answers of three judged calls changed: one field, one code, one status. */
    private static Response changeThree(Request request, Response response) {
        String body = response.getBodyAsString();
        if (!request.getUrl().contains("Format=JSON")) {
            return response;
        }
        if (body.contains("\"Code\":\"NoPermission\"")) {
            return ChangingProxy.replace(response, response.getStatus(), body.replace(
                    "You are not authorized to perform this operation.", "Changed by the proxy."));
        }
        if (body.contains("\"Code\":\"CreateSLRFail\"")) {
            return ChangingProxy.replace(response, response.getStatus(),
                    body.replace("\"Code\":\"CreateSLRFail\"", "\"Code\":\"CreateSLRFailed\""));
        }
        if (body.contains("\"Code\":\"ServiceUnavailable\"")) {
            return ChangingProxy.replace(response, 500, body);
        }
        return response;
    }

    /** The embedded emulator behind a proxy that passes its control API through and changes its answers. */
    private static final class ProxyOfTheEmulator implements AutoCloseable {
        private final WireMockServer proxy;
        private final List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());

        ProxyOfTheEmulator(java.util.function.BiFunction<Request, Response, Response> change) {
            proxy = ChangingProxy.start(embedded(), change, true);
            // every request the proxy serves, control calls (passed through untransformed) included
            proxy.addMockServiceRequestListener((request, response) -> seen.add(RecordingContract.sent(
                    request.getMethod().getName(), request.getUrl(), parameter(request, "Action", "x-acs-action"),
                    parameter(request, "Version", "x-acs-version"))));
        }

        /** A V1 request's query parameter, or the header a V3 request carries it in. */
        private static String parameter(com.github.tomakehurst.wiremock.http.Request request, String name,
                                        String header) {
            return request.queryParameter(name).isPresent() ? request.queryParameter(name).firstValue()
                    : request.getHeader(header);
        }

        /** Every request the proxy passed on, as {@link RecordingContract#sent} names it. */
        List<String> seen() {
            return List.copyOf(seen);
        }

        String url() {
            return "http://127.0.0.1:" + proxy.port();
        }

        @Override
        public void close() {
            proxy.stop();
        }
    }

    /** The class's emulator, which the recordings were made against. */
    private static URI embedded() {
        return emulator.baseUri();
    }

    @AfterAll
    static void stopTheEmulator() {
        if (emulator != null) {
            emulator.close();
        }
    }

    /** A command in this JVM; the system properties it sets are put back afterwards. */
    static Result cli(String... args) {
        Properties before = (Properties) System.getProperties().clone();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(new Main());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        try {
            return new Result(commandLine.execute(args), out.toString(), err.toString());
        } finally {
            System.setProperties(before);
        }
    }

    /** Every file below a folder by relative path, with its text. */
    static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, String> expected, Map<String, String> actual, String what) {
        List<String> problems = new ArrayList<>();
        expected.keySet().stream().filter(name -> !actual.containsKey(name)).forEach(n -> problems.add("missing " + n));
        actual.keySet().stream().filter(name -> !expected.containsKey(name)).forEach(n -> problems.add("new " + n));
        expected.forEach((name, text) -> {
            if (actual.containsKey(name) && !actual.get(name).equals(text)) {
                problems.add("differs " + name + firstDifference(text, actual.get(name)));
            }
        });
        if (!problems.isEmpty()) {
            fail("the recording differs from " + what + ":\n" + String.join("\n", problems.subList(0,
                    Math.min(20, problems.size()))) + (problems.size() > 20 ? "\n... " + problems.size() + " in all"
                    : ""));
        }
    }

    private static String firstDifference(String a, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            String left = i < x.size() ? x.get(i) : "(end)";
            String right = i < y.size() ? y.get(i) : "(end)";
            if (!left.equals(right)) {
                return " at line " + (i + 1) + ": " + left.strip() + " | " + right.strip();
            }
        }
        return "";
    }
}
