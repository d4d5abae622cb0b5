package io.configconformance.cli;

import io.configconformance.report.Differs;
import io.configconformance.report.Redactor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Progress and totals of a run: on a terminal one line that updates as scenarios finish (done/total, failures so
 * far); in CI logs a plain line per scenario. Failures, DIFFERS verdicts and skips always get a line of their own with
 * the reason.
 */
final class ScenarioSummary implements TestExecutionListener {

    private final PrintWriter out;
    private final boolean terminal;
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger differs = new AtomicInteger();
    private final Map<String, Integer> skipReasons = new ConcurrentHashMap<>();
    private volatile long planned;

    ScenarioSummary(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        planned = testPlan.countTestIdentifiers(TestIdentifier::isTest);
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        if (identifier.isTest()) {
            skipped.incrementAndGet();
            skipReasons.merge(reason, 1, Integer::sum);
            report("SKIPPED", identifier, reason);
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (!identifier.isTest()) {
            return;
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> {
                passed.incrementAndGet();
                report("PASSED", identifier, null);
            }
            case ABORTED -> {
                boolean differed = result.getThrowable().filter(Differs::isDiffers).isPresent();
                (differed ? differs : skipped).incrementAndGet();
                if (!differed) {
                    skipReasons.merge(reason(result), 1, Integer::sum);
                }
                report(differed ? "DIFFERS" : "SKIPPED", identifier, reason(result));
            }
            case FAILED -> {
                failed.incrementAndGet();
                report("FAILED", identifier, reason(result));
            }
        }
    }

    private synchronized void report(String verdict, TestIdentifier identifier, String rawReason) {
        String reason = rawReason == null ? null : Redactor.redact(rawReason);
        String progress = "[" + total() + "/" + planned + "]";
        if (terminal) {
            if (reason != null) {
                out.print("\r\033[K" + verdict + " " + identifier.getDisplayName() + ": " + reason + "\n");
            }
            out.print("\r\033[K" + progress + " " + failed.get() + " failed so far");
        } else {
            out.println(progress + " " + verdict + " " + identifier.getDisplayName()
                    + (reason == null ? "" : ": " + reason));
        }
        out.flush();
    }

    int total() {
        return passed.get() + failed.get() + skipped.get() + differs.get();
    }

    int failed() {
        return failed.get();
    }

    int differs() {
        return differs.get();
    }

    /** Scenarios that ran to a verdict: passed, failed or differs. */
    int executed() {
        return passed.get() + failed.get() + differs.get();
    }

    /** The distinct reasons scenarios were skipped for, most frequent first. */
    String skipReasons() {
        return skipReasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining("; "));
    }

    void print(String endpoint, Path reports) {
        if (terminal) {
            out.println();
        }
        out.printf("%d scenarios against %s: %d passed, %d failed, %d skipped, %d differ. Reports in %s%n",
                total(), endpoint, passed.get(), failed.get(), skipped.get(), differs.get(), reports.toAbsolutePath());
        out.flush();
    }

    private static String reason(TestExecutionResult result) {
        return result.getThrowable()
                .map(t -> t.getMessage() == null ? t.getClass().getSimpleName()
                        : t.getMessage().lines().findFirst().orElse(""))
                .orElse("no reason given");
    }
}
