package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.report.SentSecrets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioSummaryTest {

    @Test
    void aScenarioIsItsOperationVersionAndOwnName() {
        assertEquals("CreateAggregator 2020-09-07 · A custom account group holds the member accounts listed (XML)",
                ScenarioSummary.name("CreateAggregator (2020-09-07) creates an account group of a resource directory"
                        + " - A management account creates global, folder and custom account groups - A custom account"
                        + " group holds the member accounts listed (<format>) - Examples - A custom account group holds"
                        + " the member accounts listed (XML)", List.of("CreateAggregator", "v2020-09-07", "mutating")));
        assertEquals("protocol · SignatureNonceUsed: A signature nonce can be used only once (V1)",
                ScenarioSummary.name("Every request is signed, fresh and complete - SignatureNonceUsed: A signature"
                        + " nonce can be used only once (<signature>) - Examples - SignatureNonceUsed: A signature nonce"
                        + " can be used only once (V1)", List.of("protocol", "SignatureNonceUsed")));
        assertEquals("Plain name", ScenarioSummary.name("Plain name", List.of()));
    }

    /** A failure line quotes the service: its control characters are shown as escapes, never sent to the terminal. */
    @Test
    void aFailureLineShowsTheServicesControlCharactersAsEscapes() {
        StringWriter text = new StringWriter();
        ScenarioSummary summary = new ScenarioSummary(new PrintWriter(text), false, new SentSecrets());
        org.junit.platform.launcher.TestIdentifier scenario = scenario();
        summary.executionFinished(scenario, org.junit.platform.engine.TestExecutionResult.failed(
                new AssertionError("Code: expected X, got [\u001b[2J\u001b]0;title\u0007\u0000]")));
        assertEquals("[1/0] FAILED A scenario: Code: expected X, got [\\x1b[2J\\x1b]0;title\\x07\\x00]",
                text.toString().strip());
    }

    /** A moment that had passed is its own line and count, with the evidence, and is a scenario that ran. */
    @Test
    void aMomentThatHadPassedIsNotReachedNeitherSkippedNorFailed() {
        StringWriter text = new StringWriter();
        ScenarioSummary summary = new ScenarioSummary(new PrintWriter(text), false, new SentSecrets());
        summary.executionFinished(scenario(), org.junit.platform.engine.TestExecutionResult.aborted(
                new io.configconformance.report.NotReached("the recorder answered REGISTERED to the start 40 ms"
                        + " after it was sent")));
        summary.print("https://example.invalid", null);
        assertEquals(List.of("[1/0] NOT REACHED A scenario: the recorder answered REGISTERED to the start 40 ms after"
                + " it was sent", "0 passed, 0 failed, 0 skipped, 0 differ, 1 not reached. 1 scenarios against"
                + " https://example.invalid"), text.toString().lines().toList());
        assertEquals(1, summary.executed());
        assertEquals(0, summary.failed());
        assertEquals("", summary.skipReasons());
    }

    /** Scenarios finishing on several threads at once: each line's counter is its own, from 1 up, none repeated. */
    @Test
    void theCounterGoesUpByOneLineByLineUnderThreads() throws Exception {
        StringWriter text = new StringWriter();
        ScenarioSummary summary = new ScenarioSummary(new PrintWriter(text), false, new SentSecrets());
        org.junit.platform.launcher.TestIdentifier scenario = scenario();
        int threads = 4;
        int each = 250;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    summary.executionFinished(scenario, org.junit.platform.engine.TestExecutionResult.successful());
                }
                return null;
            }));
        }
        start.countDown();
        for (java.util.concurrent.Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        List<Integer> counters = text.toString().lines().map(line -> line.substring(1, line.indexOf('/')))
                .map(Integer::parseInt).toList();
        assertEquals(java.util.stream.IntStream.rangeClosed(1, threads * each).boxed().toList(), counters);
    }

    @Test
    void onATerminalTheProgressLineIsEndedBeforeTheRunPrintsOn() {
        StringWriter text = new StringWriter();
        ScenarioSummary summary = new ScenarioSummary(new PrintWriter(text), true, new SentSecrets());
        summary.executionFinished(scenario(), org.junit.platform.engine.TestExecutionResult.successful());
        summary.testPlanExecutionFinished(null);
        new PrintWriter(text, true).println("timing: ...");
        assertTrue(text.toString().endsWith("[1/0] 0 failed so far" + System.lineSeparator() + "timing: ..."
                + System.lineSeparator()), text.toString());
    }

    @Test
    void oneThreadIsOneThread() {
        io.configconformance.report.RunTiming timing = new io.configconformance.report.RunTiming(1, 1, 1, 1, 1, 1, 0,
                0, 0, 0, 0, 0, 0);
        assertTrue(timing.line(false).contains(" at 1 thread (the longest"), timing.line(false));
        io.configconformance.report.RunTiming two = new io.configconformance.report.RunTiming(1, 1, 1, 1, 1, 2, 0,
                0, 0, 0, 0, 0, 0);
        assertTrue(two.line(false).contains(" at 2 threads (the longest"), two.line(false));
    }

    @Test
    void theLastLineStartsWithTheCounts() {
        StringWriter text = new StringWriter();
        ScenarioSummary summary = new ScenarioSummary(new PrintWriter(text), false, new SentSecrets());
        summary.print("embedded", Path.of("reports"));
        String last = text.toString().strip();
        assertTrue(last.startsWith("0 passed, 0 failed, 0 skipped, 0 differ. 0 scenarios against embedded,"), last);
        assertTrue(last.contains(", reports in "), last);
        StringWriter refused = new StringWriter();
        new ScenarioSummary(new PrintWriter(refused), false, new SentSecrets()).print("embedded", null);
        assertEquals("0 passed, 0 failed, 0 skipped, 0 differ. 0 scenarios against embedded",
                refused.toString().strip(), "a run that wrote no reports does not point at any");
    }

    private static org.junit.platform.launcher.TestIdentifier scenario() {
        return org.junit.platform.launcher.TestIdentifier.from(
                new org.junit.platform.engine.support.descriptor.AbstractTestDescriptor(
                        org.junit.platform.engine.UniqueId.forEngine("test"), "A scenario") {
                    @Override
                    public Type getType() {
                        return Type.TEST;
                    }
                });
    }
}
