package io.configconformance.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.EmulatorControl;
import io.configconformance.client.HttpTransport;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.recording.RecordingFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Two runs in one JVM, one after another and side by side, each with its own {@link RunContext}: one against the
 * emulator it starts itself, the other against a second emulator at a URL with a request rate, a resource wait and a
 * journal file of its own. Neither sees the other's endpoint, pacing, statistics, waits, journal or recorder: side by
 * side with a run that does not record, a recording run records its own scenarios and none of the other's.
 */
class TwoRunsTest {

    /** A handful of scenarios that create accounts and send judged requests, and never wait on a resource. */
    private static final String TAGS = "@CreateAggregator and @v2020-09-07 and @InvalidParameter";
    /** Other scenarios, of another feature, for the run beside a recording one. */
    private static final String OTHER_TAGS = "@UpdateAggregator and @v2020-09-07 and @InvalidParameter";
    private static final String CREATE_FEATURE = "features/aggregator/create_aggregator_2020-09-07.feature";
    private static final RunOptions EMBEDDED_OPTIONS = new RunOptions(false, Optional.empty(), Optional.empty(),
            Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(300), 0);
    private static final RunOptions PACED_OPTIONS = new RunOptions(false, Optional.empty(), Optional.empty(),
            Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(120), 500);

    @Test
    void runsOneAfterAnotherAndSideBySideKeepTheirStateApart(@TempDir Path folder) throws Exception {
        try (Emulator second = new Emulator(EmulatorSettings.loopback(0)).start()) {
            String url = second.baseUri().toString();
            long embeddedAlone;
            long pacedAlone;
            try (RunContext embedded = RunContext.of(EndpointUnderTest.EMBEDDED, EMBEDDED_OPTIONS, false);
                 RunContext paced = RunContext.of(url, PACED_OPTIONS, false)) {
                embedded.ranOutWaits().put("key group creation", "\"a scenario\" waited 1 s");
                assertAllPassed(InProcessSuite.run(embedded, TAGS, folder.resolve("a").toString(), Map.of(),
                        new TestExecutionListener() { }));
                int secondsAccounts = new EmulatorControl(second.baseUri(), Duration.ofSeconds(5)).accounts().size();
                assertAllPassed(InProcessSuite.run(paced, TAGS, folder.resolve("b").toString(), Map.of(),
                        new TestExecutionListener() { }));
                embeddedAlone = embedded.stats().exchanges();
                pacedAlone = paced.stats().exchanges();

                assertTrue(embeddedAlone > 0, "the first run counted its own exchanges");
                assertEquals(embeddedAlone, pacedAlone, "the same scenarios make as many exchanges in either run,"
                        + " the second counting none of the first's");
                assertNotEquals(embedded.endpoint().uri(), paced.endpoint().uri());
                assertEquals(second.baseUri(), paced.endpoint().uri(), "the second run went to its own endpoint");
                assertTrue(new EmulatorControl(second.baseUri(), Duration.ofSeconds(5)).accounts().size()
                        > secondsAccounts, "its scenarios made their accounts on the second emulator");
                assertEquals(0, embedded.pacing().maxRate(), "the first run's pacing is not kept for the JVM");
                assertEquals(500, paced.pacing().maxRate(), "the second run has the rate it was given");
                assertTrue(paced.ranOutWaits().isEmpty(), "a wait that ran out in one run cuts none short in another");
            }

            // side by side: each run starts once both are under way, so that their scenarios interleave
            try (RunContext embedded = RunContext.of(EndpointUnderTest.EMBEDDED, EMBEDDED_OPTIONS, false);
                 RunContext paced = RunContext.of(url, PACED_OPTIONS, false)) {
                paced.keepJournalIn(folder.resolve("paced-journal.jsonl"));
                List<List<InProcessSuite.Outcome>> outcomes = sideBySide(embedded, TAGS, folder.resolve("c"), paced,
                        TAGS, folder.resolve("d"));
                assertAllPassed(outcomes.get(0));
                assertAllPassed(outcomes.get(1));
                assertEquals(embeddedAlone, embedded.stats().exchanges(), "side by side, each run counts its own");
                assertEquals(pacedAlone, paced.stats().exchanges(), "side by side, each run counts its own");
                assertTrue(embedded.journal().file().isEmpty(), "the embedded run's journal stays in memory");
                assertEquals(Optional.of(folder.resolve("paced-journal.jsonl").toAbsolutePath()),
                        paced.journal().file());
                assertNotEquals(embedded.endpoint().uri(), paced.endpoint().uri());
            }
        }
    }

    @Test
    void sideBySideOnlyTheRecordingRunsExchangesAreRecorded(@TempDir Path folder) throws Exception {
        Path recording = folder.resolve("recording");
        try (Emulator second = new Emulator(EmulatorSettings.loopback(0)).start();
             RunContext recorded = RunContext.of(EndpointUnderTest.EMBEDDED, EMBEDDED_OPTIONS, false,
                     Optional.of(recording), HttpTransport.DEFAULT_MAX_ANSWER_BYTES);
             RunContext unrecorded = RunContext.of(second.baseUri().toString(), PACED_OPTIONS, false)) {
            List<List<InProcessSuite.Outcome>> outcomes = sideBySide(recorded, TAGS, folder.resolve("a"), unrecorded,
                    OTHER_TAGS, folder.resolve("b"));
            List<InProcessSuite.Outcome> recordedOutcomes = outcomes.get(0);
            assertAllPassed(recordedOutcomes);
            assertAllPassed(outcomes.get(1));

            Map<String, ObjectNode> recordings = RecordingFiles.read(recording);
            assertEquals(recordedOutcomes.size(), recordings.size(), "one recording per scenario of the recording"
                    + " run: " + recordings.keySet());
            recordings.values().forEach(scenario -> assertEquals(CREATE_FEATURE, scenario.path("feature")
                    .asString(), "no scenario of the other run is recorded: " + scenario.path("scenario")));
            assertTrue(unrecorded.recorder().directory().isEmpty(), "the other run records nowhere");
        }
    }

    /** Two runs in two threads, each starting its scenarios once both are under way; their outcomes, in that order. */
    private static List<List<InProcessSuite.Outcome>> sideBySide(RunContext one, String oneTags, Path oneReports,
                                                                 RunContext other, String otherTags, Path otherReports)
            throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        CompletableFuture<List<InProcessSuite.Outcome>> first = CompletableFuture.supplyAsync(
                () -> InProcessSuite.run(one, oneTags, oneReports.toString(), Map.of(),
                        waitingForTheOther(bothStarted)));
        CompletableFuture<List<InProcessSuite.Outcome>> second = CompletableFuture.supplyAsync(
                () -> InProcessSuite.run(other, otherTags, otherReports.toString(), Map.of(),
                        waitingForTheOther(bothStarted)));
        return List.of(first.get(5, TimeUnit.MINUTES), second.get(5, TimeUnit.MINUTES));
    }

    /** Holds the first scenario of a run until the other run has begun too (or a minute has passed). */
    private static TestExecutionListener waitingForTheOther(CountDownLatch bothStarted) {
        return new TestExecutionListener() {
            private boolean counted;

            @Override
            public synchronized void executionStarted(TestIdentifier id) {
                if (id.isTest() && !counted) {
                    counted = true;
                    bothStarted.countDown();
                    try {
                        bothStarted.await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
    }

    private static void assertAllPassed(List<InProcessSuite.Outcome> outcomes) {
        assertTrue(outcomes.size() > 1, outcomes.toString());
        outcomes.forEach(outcome -> assertTrue(outcome.passed(), outcome.toString()));
    }
}
