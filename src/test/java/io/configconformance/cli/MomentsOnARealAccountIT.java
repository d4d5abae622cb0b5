package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.emulator.state.ConfigurationRecorder;
import io.configconformance.emulator.state.RecorderStatus;
import io.configconformance.emulator.state.ResourceTypeCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rows whose trigger is a moment of a resource's life (@moment: ProcessIsRunning while a recorder is deployed,
 * AggregatorAlreadyPending while a group is created), run by {@code run}'s command line in this JVM with
 * --allow-mutating against a stand-in real endpoint (the emulator behind a proxy that hides its control API, so the
 * suite cannot hold the moment). A service that takes its time is caught and judged; one that has finished before the
 * next call gives NOT REACHED with the evidence, everywhere a verdict is shown, and exit code 0. Either way nothing the
 * run began stays on the accounts.
 */
class MomentsOnARealAccountIT {

    private static final String MOMENTS = "@moment";
    private static final List<String> BEFORE = List.of("ACS::ECS::Instance", "ACS::ECS::Disk");

    /**
     * How long a deployment or a creation takes where the moment is to be caught. The judged call follows the call
     * that began it after at most one other call (a read), each a few milliseconds through the proxy, 12 ms on average
     * beside a whole build; 2 s leaves room for a loaded machine's pauses (a GC, a core taken by another JVM) of more
     * than a second. It is also what every scenario waits, about three times, for its change and its cleanup.
     */
    private static final Duration CAUGHT = Duration.ofSeconds(2);

    /** Deployments and creations that take {@link #CAUGHT}: the call that follows at once finds them under way. */
    @Test
    void aServiceThatTakesItsTimeIsCaughtAndEachRowJudged() throws Exception {
        try (ServiceStage service = new ServiceStage("moment-caught", CAUGHT, (request, response) -> response)) {
            // The individual's recorder was never started: the first scenario's start begins its first deployment,
            // the others find it registered and redeploy it with a new selection.
            Path reports = Path.of("target", "it-reports", "moment-caught");
            JarProcess.Result run = run(service, reports);
            assertEquals(0, run.exitCode(), run.toString());
            assertEquals(8, run.stdout().lines().filter(line -> line.matches("\\[\\d/8] PASSED .*")).count(),
                    run.toString());
            assertTrue(run.stdout().contains("8 passed, 0 failed, 0 skipped, 0 differ. 8 scenarios against "),
                    run.toString());
            String matrix = Files.readString(reports.resolve("conformance-matrix.md"));
            assertTrue(matrix.contains("| 400 | AggregatorAlreadyPending | passed |"), matrix);
            assertEquals(3, matrix.lines().filter(line -> line.contains("| ProcessIsRunning | passed |")).count(),
                    matrix);
            assertNothingLeftBehind(service, reports, ResourceTypeCatalogue.SUPPORTED);
            JarProcess.Result plan = CommandInThisJvm.run("run", "--plan", "--tags", MOMENTS, "--endpoint",
                    service.endpoint(), "--credentials", service.roles().toString(), "--allow-mutating");
            assertTrue(plan.stdout().contains("documented rows: 0 of 43 will be judged, 4 more will be tried; judged"
                    + " if the moment is caught"), plan.toString());
            assertTrue(plan.stdout().contains("scenarios: 0 will be judged, 8 will be tried; judged if the moment is"
                    + " caught, 0 will not"), plan.toString());
        }
    }

    /** No deployment or creation time at all: each moment has passed, and the run says so with the evidence. */
    @Test
    void aServiceThatHasAlreadyFinishedIsNotReachedThisTimeWithTheEvidence() throws Exception {
        try (ServiceStage service = new ServiceStage("moment-passed", Duration.ZERO, (request, response) -> response)) {
            ConfigurationRecorder recorder = service.emulator().state().recorders()
                    .of(service.account("individual").accountId());
            recorder.start(Instant.now(), Duration.ZERO);
            recorder.putResourceTypes(Instant.now(), Duration.ZERO, BEFORE); // registered, as a real account's is
            Path reports = Path.of("target", "it-reports", "moment-passed");
            JarProcess.Result run = run(service, reports);
            assertEquals(0, run.exitCode(), "NOT REACHED fails no run: " + run);
            List<String> notReached = run.stdout().lines().filter(line -> line.matches("\\[\\d/8] NOT REACHED .*"))
                    .toList();
            assertEquals(8, notReached.size(), run.toString());
            assertEquals(6, notReached.stream().filter(line -> line.matches(".*: the recorder answered REGISTERED to"
                    + " the start, and REGISTERED \\d+ ms after a new selection of resource types was sent, before the next call: its redeployment had ended")).count(),
                    String.join("\n", notReached));
            assertEquals(2, notReached.stream().filter(line -> line.matches(".*AggregatorAlreadyPending.*: GetAggregator"
                    + " answered AggregatorStatus 1 \\(created\\) \\d+ ms after its create was sent, read right after"
                    + " the change was accepted: the group's creation had ended first")).count(),
                    String.join("\n", notReached));
            assertTrue(run.stdout().contains("0 passed, 0 failed, 0 skipped, 0 differ, 8 not reached. 8 scenarios"
                    + " against "), run.toString());
            String matrix = Files.readString(reports.resolve("conformance-matrix.md"));
            assertTrue(matrix.contains("| 400 | AggregatorAlreadyPending | not reached | NOT REACHED THIS TIME:"
                    + " GetAggregator answered AggregatorStatus 1 (created) "), matrix);
            assertTrue(matrix.contains("0 differ, 8 not reached)"), matrix);
            String junit = Files.readString(reports.resolve("cucumber-junit.xml"));
            assertEquals(8, junit.split("<skipped message=\"NOT REACHED THIS TIME: ", -1).length - 1, junit);
            assertNothingLeftBehind(service, reports, BEFORE);
        }
    }

    private static JarProcess.Result run(ServiceStage service, Path reports) throws Exception {
        return CommandInThisJvm.run("run", "--tags", MOMENTS, "--endpoint", service.endpoint(), "--credentials",
                service.roles().toString(), "--allow-mutating", "--reports", reports.toString());
    }

    /** No group remains, the individual's recorder monitors what it did before, and the journal holds all undone. */
    private static void assertNothingLeftBehind(ServiceStage service, Path reports, List<String> types)
            throws Exception {
        assertEquals(List.of(), service.emulator().state().aggregators().all().stream()
                .map(group -> group.aggregatorId() + " " + group.name()).toList());
        ConfigurationRecorder.View recorder = service.emulator().state().recorders()
                .of(service.account("individual").accountId()).view(Instant.now());
        assertEquals(types, recorder.resourceTypes());
        assertEquals(RecorderStatus.REGISTERED, recorder.status());
        List<String> journal = Files.readAllLines(reports.resolve(ReportFolder.JOURNAL));
        long begun = journal.stream().filter(line -> line.contains("\"begun\":")).count();
        long undone = journal.stream().filter(line -> line.contains("\"undone\":")).count();
        assertTrue(begun >= 6, "the scenarios began a group or a change of types: " + journal);
        assertEquals(begun, undone, String.join("\n", journal));
    }
}
