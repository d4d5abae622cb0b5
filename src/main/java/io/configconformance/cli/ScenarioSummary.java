package io.configconformance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Counts scenarios as they finish, prints each failure on one line, and prints the totals at the end. */
final class ScenarioSummary implements TestExecutionListener {

    private final PrintWriter out;
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();

    ScenarioSummary(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        if (identifier.isTest()) {
            skipped.incrementAndGet();
            out.println("SKIPPED " + identifier.getDisplayName() + ": " + reason);
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (!identifier.isTest()) {
            return;
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> passed.incrementAndGet();
            case ABORTED -> {
                skipped.incrementAndGet();
                out.println("SKIPPED " + identifier.getDisplayName() + ": " + reason(result));
            }
            case FAILED -> {
                failed.incrementAndGet();
                out.println("FAILED  " + identifier.getDisplayName() + ": " + reason(result));
            }
        }
        out.flush();
    }

    int total() {
        return passed.get() + failed.get() + skipped.get();
    }

    int failed() {
        return failed.get();
    }

    void print(String endpoint, Path reports) {
        out.printf("%d scenarios against %s: %d passed, %d failed, %d skipped. Reports in %s%n",
                total(), endpoint, passed.get(), failed.get(), skipped.get(), reports.toAbsolutePath());
        out.flush();
    }

    private static String reason(TestExecutionResult result) {
        return result.getThrowable()
                .map(t -> t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse(""))
                .orElse("no reason given");
    }
}
