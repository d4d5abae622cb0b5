package io.configconformance.cli;

import io.configconformance.client.HttpStats;
import io.configconformance.client.Pacing;
import io.configconformance.report.RunTiming;
import io.configconformance.suite.RunContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a run that has executed its scenarios ends: its timing line and throttling summary, whether it tested anything,
 * the reports published (or the folder left as it was), the summary line CI logs look for, and the exit code.
 */
final class RunEnding {

    private final RunCommand run;
    private final RunContext context;
    private final ScenarioSummary summary;

    RunEnding(RunCommand run, RunContext context, ScenarioSummary summary) {
        this.run = run;
        this.context = context;
        this.summary = summary;
    }

    /** The start-up and phase figures of this run, from its own statistics and pacing. */
    RunTiming timing(RunClock clock, int parallelism) {
        Pacing pacing = context.pacing();
        HttpStats stats = context.stats();
        return new RunTiming(clock.toEndpointReady(), clock.jvmToCommand(), clock.commandToEndpointReady(),
                clock.discovering(), clock.executing(), parallelism, stats.exchanges(), stats.httpMillis(),
                stats.waitMillis(), summary.longestScenarioMillis(), pacing.throttledAnswers(), pacing.resentRequests(),
                RunTiming.processCpuMillis());
    }

    /** Prints, publishes and decides: 0 passed, 1 failed or left something behind, 2 nothing tested or unwritten. */
    int end(RunTiming timing, ReportFolder folder, RunRecording recording, PrintWriter out, PrintWriter err)
            throws IOException {
        out.println(timing.line(ShortRunJvm.relaunched()));
        String throttling = context.pacingSummary();
        if (!throttling.isEmpty()) {
            out.println("throttling: " + throttling);
        }
        String refusal = summary.total() == 0 ? "no scenario matches" + (run.tags == null ? "" : " --tags " + run.tags)
                : summary.executed() == 0 && !run.allowEmpty ? "nothing was tested: " + summary.total() + " skipped ("
                + summary.skipReasons() + "); --allow-empty accepts such a run" : null;
        if (refusal == null) { // a run that tested nothing leaves the report folder as it was
            timing.write(folder.staging());
            folder.publish();
        }
        recording.finish(refusal == null, out);
        Path reports = run.reports;
        summary.print(run.endpoint, refusal == null ? reports : null); // the last line: what CI logs look for first
        out.flush();
        if (run.safety.leftBehind(err, reports)) {
            return ExitCodes.FAILED;
        }
        if (refusal != null) {
            err.println("run: " + refusal);
            return ExitCodes.USAGE;
        }
        Optional<String> unwritten = ReportCheck.unwritten(reports);
        if (unwritten.isPresent()) {
            err.println("run: " + unwritten.get());
            return ExitCodes.USAGE;
        }
        boolean failed = summary.failed() > 0 || run.strict && summary.differs() > 0;
        return failed ? ExitCodes.FAILED : ExitCodes.PASSED;
    }
}
