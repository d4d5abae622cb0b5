package io.configconformance.cli;

import io.configconformance.report.Differs;
import io.configconformance.report.NotReached;
import io.configconformance.protocol.Action;
import io.configconformance.report.SentSecrets;
import io.configconformance.report.ServiceText;
import io.configconformance.steps.LeftBehind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Progress and totals of a run: on a terminal one line that updates as scenarios finish (done/total, failures so
 * far); in CI logs a plain line per scenario. Failures, DIFFERS and NOT REACHED verdicts and skips always get a line
 * of their own with the reason.
 */
final class ScenarioSummary implements TestExecutionListener {

    private final PrintWriter out;
    private final boolean terminal;
    /** The run's secrets: a reason may quote what the service echoed of them. */
    private final SentSecrets secrets;
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger differs = new AtomicInteger();
    private final AtomicInteger notReached = new AtomicInteger();
    private final AtomicInteger leftBehind = new AtomicInteger();
    private final Map<String, Integer> skipReasons = new ConcurrentHashMap<>();
    private volatile long planned;
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final AtomicLong longestNanos = new AtomicLong();

    ScenarioSummary(PrintWriter out, boolean terminal, SentSecrets secrets) {
        this.out = out;
        this.terminal = terminal;
        this.secrets = secrets;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        planned = testPlan.countTestIdentifiers(TestIdentifier::isTest);
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        if (identifier.isTest()) {
            skipReasons.merge(reason, 1, Integer::sum);
            report("SKIPPED", skipped, identifier, reason);
        }
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (identifier.isTest()) {
            started.put(identifier.getUniqueId(), System.nanoTime());
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (!identifier.isTest()) {
            return;
        }
        Long from = started.remove(identifier.getUniqueId());
        if (from != null) {
            longestNanos.accumulateAndGet(System.nanoTime() - from, Math::max);
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> report("PASSED", passed, identifier, null);
            case ABORTED -> {
                Throwable thrown = result.getThrowable().orElse(null);
                if (Differs.isDiffers(thrown)) {
                    report("DIFFERS", differs, identifier, reason(result));
                } else if (NotReached.isNotReached(thrown)) {
                    report("NOT REACHED", notReached, identifier, reason(result).substring(NotReached.PREFIX.length()));
                } else {
                    skipReasons.merge(reason(result), 1, Integer::sum);
                    report("SKIPPED", skipped, identifier, reason(result));
                }
            }
            case FAILED -> {
                boolean left = result.getThrowable().filter(LeftBehind::isLeftBehind).isPresent();
                report(left ? "LEFT BEHIND" : "FAILED", left ? leftBehind : failed, identifier, reason(result));
            }
        }
    }

    /** How long the longest scenario took, start to finish (its critical path when it ran alone). */
    public long longestScenarioMillis() {
        return longestNanos.get() / 1_000_000;
    }

    /** Counts the scenario under the lock that prints it, so the counter shown goes up by one, line by line. */
    private synchronized void report(String verdict, AtomicInteger counter, TestIdentifier identifier,
                                     String rawReason) {
        counter.incrementAndGet();
        String reason = ServiceText.terminal(rawReason, secrets);
        String name = name(identifier.getDisplayName(), identifier.getTags().stream().map(TestTag::getName).toList());
        String progress = "[" + total() + "/" + planned + "]";
        if (terminal) {
            if (reason != null) {
                out.print("\r\033[K" + verdict + " " + name + ": " + reason + "\n");
            }
            out.print("\r\033[K" + progress + " " + failed.get() + " failed so far");
        } else {
            out.println(progress + " " + verdict + " " + name + (reason == null ? "" : ": " + reason));
        }
        out.flush();
    }

    /**
     * A scenario in one short line: its operation and version, then its own name, without the feature, rule and
     * outline titles the engine's display name repeats ("CreateAggregator 2020-09-07 · A custom account group ...").
     */
    static String name(String displayName, List<String> tags) {
        String operation = tags.stream().filter(tag -> Action.fromWire(tag).isPresent()).findFirst()
                .orElse(tags.contains("protocol") ? "protocol" : "");
        String version = tags.stream().filter(tag -> tag.startsWith("v20")).map(tag -> tag.substring(1))
                .findFirst().orElse("");
        int cut = displayName.lastIndexOf(" - ");
        String scenario = cut < 0 ? displayName : displayName.substring(cut + " - ".length());
        String prefix = (operation + " " + version).strip();
        return prefix.isEmpty() ? scenario : prefix + " · " + scenario;
    }

    int total() {
        return passed.get() + failed.get() + skipped.get() + differs.get() + notReached.get() + leftBehind.get();
    }

    int failed() {
        return failed.get();
    }

    int differs() {
        return differs.get();
    }

    /**
     * Scenarios that ran to a verdict: passed, failed, differs, not reached (tried on the account, with the evidence
     * of why the moment had passed) or left behind.
     */
    int executed() {
        return passed.get() + failed.get() + differs.get() + notReached.get() + leftBehind.get();
    }

    /** The distinct reasons scenarios were skipped for, most frequent first. */
    String skipReasons() {
        return skipReasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining("; "));
    }

    /** Ends the progress line, so that what the run prints next starts a line of its own. */
    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        if (terminal && total() > 0) {
            out.println();
            out.flush();
        }
    }

    void print(String endpoint, Path reports) {
        String left = leftBehind.get() == 0 ? "" : leftBehind.get() + " left behind, "; // a verdict only when it occurs
        String missed = notReached.get() == 0 ? "" : ", " + notReached.get() + " not reached";
        out.printf("%d passed, %d failed, %s%d skipped, %d differ%s. %d scenarios against %s%s%n",
                passed.get(), failed.get(), left, skipped.get(), differs.get(), missed, total(), endpoint,
                reports == null ? "" : ", reports in " + reports.toAbsolutePath());
        out.flush();
    }

    private static String reason(TestExecutionResult result) {
        return result.getThrowable()
                .map(t -> t.getMessage() == null ? t.getClass().getSimpleName()
                        : t.getMessage().lines().findFirst().orElse(""))
                .orElse("no reason given");
    }
}
