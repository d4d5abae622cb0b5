package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.report.RunTiming;
import io.configconformance.suite.RealAccountRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar against an endpoint without the emulator's control API, as against a real Cloud Config endpoint: a
 * WireMock server that forwards the API to an emulator and answers 404 under /__emulator/. The emulator takes its time
 * as a real service does ({@link #PACE} for a group's creation and for a recorder's deployment: every wait of the run
 * polls until the work is done) and throttles at {@link #RATE_LIMIT} requests per second per AccessKeyId, as a real
 * gateway does;
 * accounts come from a role file with every role, shared by every scenario. Scenarios that need the emulator are
 * reported skipped with their reason, the rest are judged and pass (none differs: the emulator is what the suite's
 * choices describe; a throttled call is sent again, never judged, and the run says so), and no secret of the run
 * reaches the reports. The plans ({@code run --plan}, by its command line in this JVM: what they print is the claim)
 * are made while the run runs: they send only a start-up probe.
 */
class RealEndpointModeIT {

    /**
     * A third of the emulator's default 1.5 s: the run still finds each group being created and each recorder
     * deploying, and waits for them, but the class does not spend two minutes waiting (about 80 waits in a run).
     */
    private static final Duration PACE = Duration.ofMillis(500);
    /**
     * Requests per second per AccessKeyId: the run's bursts (scenarios without waits, one after another) pass it many
     * times, even on a loaded machine (153 throttled answers in a run beside a load of 10 to 17; at 20 per second, 6
     * beside a load of 22: too close to none).
     */
    private static final int RATE_LIMIT = 10;
    private static final Path REPORTS = Path.of("target", "it-reports", "real-endpoint");
    private static ServiceStage service;
    private static JarProcess.Result run;
    private static JarProcess.Result plan;
    private static JarProcess.Result planWithoutMembersOrMutations;
    private static JarProcess.Result planWithoutMembers;

    @BeforeAll
    static void runAgainstAnEndpointWithoutControlApi() throws Exception {
        service = new ServiceStage("real-endpoint", EmulatorSettings.loopback(0).withRateLimit(RATE_LIMIT), PACE,
                (request, response) -> response);
        CompletableFuture<JarProcess.Result> running = CompletableFuture.supplyAsync(() -> jar(900, "run",
                "--endpoint", service.endpoint(), "--credentials", service.roles().toString(), "--allow-mutating",
                "--reports", REPORTS.toString()));
        try {
            plan = CommandInThisJvm.run("run", "--plan", "--endpoint", service.endpoint(), "--credentials",
                    service.roles().toString(), "--allow-mutating");
            Path bare = rolesWithoutMembers();
            planWithoutMembersOrMutations = CommandInThisJvm.run("run", "--plan", "--endpoint", service.endpoint(),
                    "--credentials", bare.toString());
            planWithoutMembers = CommandInThisJvm.run("run", "--plan", "--endpoint", service.endpoint(),
                    "--credentials", bare.toString(), "--allow-mutating");
        } finally {
            run = running.get(900, TimeUnit.SECONDS);
        }
    }

    /** The jar run to completion, for a task of its own. */
    private static JarProcess.Result jar(long timeoutSeconds, String... arguments) {
        try {
            return JarProcess.run(timeoutSeconds, arguments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The stage's role file without its member accounts. */
    private static Path rolesWithoutMembers() throws IOException {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode roles = (tools.jackson.databind.node.ObjectNode)
                json.readTree(service.roles().toFile());
        roles.putArray("members");
        Path bare = service.roles().resolveSibling("real-endpoint-no-members-roles.json");
        Files.writeString(bare, json.writeValueAsString(roles));
        return bare;
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
                + " (\\d+) differ(?:, \\d+ not reached)?\\)").matcher(matrix);
        assertTrue(counts.find(), matrix);
        assertTrue(Integer.parseInt(counts.group(2)) > 70, "most scenarios are judged and pass: " + counts.group());
        assertTrue(Integer.parseInt(counts.group(4)) > 0, counts.group());
        assertEquals("0", counts.group(3), "failures: " + run);
        assertEquals("0", counts.group(5), "DIFFERS verdicts: " + run);
        assertTrue(run.stdout().contains(" passed, 0 failed, ") && run.stdout().contains(" skipped, 0 differ"),
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

    @Test
    void thePlanPredictedWhatTheRunJudgedAndWhyItSkippedTheRest() {
        assertEquals(0, plan.exitCode(), plan.toString());
        List<String> predicted = new ArrayList<>();
        List<String> tried = new ArrayList<>();
        plan.stdout().lines().dropWhile(line -> !line.startsWith("scenarios: ")).forEach(line -> {
            if (line.startsWith("  judged   ")) {
                predicted.add("judged " + line.substring("  judged   ".length()));
            } else if (line.startsWith("  skipped  ")) {
                predicted.add("skipped " + line.substring("  skipped  ".length()));
            } else if (line.startsWith("  tried    ")) { // a moment: judged if caught, else NOT REACHED
                String name = line.substring("  tried    ".length(), line.indexOf(": " + RealAccountRules.TRIED));
                tried.add(name);
                predicted.add("tried " + name);
            }
        });
        // A scenario judged "unless the recorder monitors no resource types" may be skipped for that very reason.
        String unless = " [" + RunPlan.UNLESS_NO_TYPES + "]";
        List<String> conditional = predicted.stream().filter(line -> line.endsWith(unless))
                .map(line -> line.substring("judged ".length(), line.length() - unless.length())).toList();
        predicted.replaceAll(line -> line.endsWith(unless) ? line.substring(0, line.length() - unless.length()) : line);
        Pattern verdict = Pattern.compile("^\\[\\d+/\\d+] (PASSED|SKIPPED|NOT REACHED) (.*)$");
        List<String> happened = new ArrayList<>();
        run.stdout().lines().map(verdict::matcher).filter(Matcher::matches).forEach(line -> happened.add(
                tried.stream().filter(name -> line.group(2).equals(name) || line.group(1).equals("NOT REACHED")
                        && line.group(2).startsWith(name + ": ")).findFirst().map(name -> "tried " + name)
                        .orElse(("PASSED".equals(line.group(1)) ? "judged " : "skipped ") + line.group(2))));
        happened.replaceAll(line -> conditional.stream().anyMatch(name -> line.startsWith("skipped " + name
                + ": the recorder of account ") && line.contains(" monitors no resource types"))
                ? "judged " + line.substring("skipped ".length(), line.indexOf(": the recorder of account ")) : line);
        predicted.sort(null);
        happened.sort(null);
        assertTrue(happened.size() > 100, "the run's verdicts were read: " + happened.size());
        assertEquals(happened, predicted, "run --plan predicted otherwise than the run did");
    }

    @Test
    void withoutMembersOrMutationsThePlanSaysWhatEachRowNeedsAndAddingThemGainsRows() {
        List<String> fewest = rowLines(planWithoutMembersOrMutations);
        List<String> most = rowLines(plan);
        assertEquals(43, fewest.size(), String.join("\n", fewest));
        assertEquals(43, most.size(), String.join("\n", most));
        for (String row : fewest) {
            assertTrue(row.startsWith("  judged      ") || row.startsWith("  tried       ") || row.matches("  not judged  \\S+ \\S+ \\d{3} \\S+: .+"),
                    "a row not judged says why: " + row);
        }
        assertTrue(fewest.stream().anyMatch(row -> row.endsWith("run with --allow-mutating to include it")),
                String.join("\n", fewest));
        List<String> judgedFewest = fewest.stream().filter(row -> row.startsWith("  judged ")).toList();
        List<String> judgedMost = most.stream().filter(row -> row.startsWith("  judged ")).toList();
        assertTrue(judgedMost.containsAll(judgedFewest), "more accounts and --allow-mutating lose no row");
        assertTrue(judgedMost.size() > judgedFewest.size(), judgedFewest.size() + " rows, then " + judgedMost.size());
        List<String> membersOnly = rowLines(planWithoutMembers);
        assertTrue(membersOnly.stream().anyMatch(row -> row.endsWith(" member accounts of the resource directory,"
                + " 0 configured")), String.join("\n", membersOnly));
    }

    private static List<String> rowLines(JarProcess.Result plan) {
        assertEquals(0, plan.exitCode(), plan.toString());
        assertTrue(plan.stdout().contains("nothing is sent to it but the start-up probe"), plan.toString());
        return plan.stdout().lines().filter(line -> line.startsWith("  judged      ")
                || line.startsWith("  tried       ") || line.startsWith("  not judged  ")).toList();
    }
}
