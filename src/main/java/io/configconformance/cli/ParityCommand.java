package io.configconformance.cli;

import io.configconformance.recording.Parity;
import io.configconformance.recording.ParityReport;
import io.configconformance.recording.RecordingFiles;
import io.configconformance.report.ServiceText;
import io.configconformance.suite.EndpointUnderTest;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the suite against an endpoint, recording it as {@code run --record} does, and compares every exchange with a
 * baseline recording: whether the service, the emulator or the suite moved shows as the fields that differ.
 */
@Command(name = "parity", mixinStandardHelpOptions = true,
        description = "Run the suite against an endpoint and compare every exchange with a recording; write"
                + " parity.md and parity.html. Any other option is one of run's (--tags, --credentials, ...)."
                + " Exit 0 all the same, 1 any differs or was not recorded, 2 bad usage or unusable endpoint.")
final class ParityCommand implements Callable<Integer> {

    @Option(names = "--baseline", required = true, paramLabel = "DIR",
            description = "The recording to compare with (run --record DIR made it).")
    Path baseline;

    @Option(names = "--endpoint", defaultValue = EndpointUnderTest.EMBEDDED,
            description = "'embedded' (default), an emulator's URL or a Cloud Config endpoint, as for run.")
    String endpoint;

    @Option(names = "--reports", defaultValue = "reports", description = "Report folder (default: ${DEFAULT-VALUE});"
            + " the run's own recording goes to its parity-recording folder.")
    Path reports;

    @CommandLine.Unmatched
    List<String> runOptions = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, ObjectNode> recorded;
        try {
            recorded = Files.isDirectory(baseline) ? RecordingFiles.read(baseline) : Map.of();
        } catch (IllegalArgumentException e) {
            err.println("parity: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (recorded.isEmpty()) {
            err.println("parity: --baseline " + baseline + " holds no recording (run --record DIR makes one)");
            return ExitCodes.USAGE;
        }
        if (runOptions.stream().anyMatch(option -> option.startsWith("--record"))) {
            err.println("parity: --record is not an option of parity (its recording goes to " + recording() + ")");
            return ExitCodes.USAGE;
        }
        List<String> run = new ArrayList<>(List.of("--endpoint", endpoint, "--reports", reports.toString(),
                "--record", recording().toString()));
        run.addAll(runOptions);
        CommandLine runCommand = Main.commandLine(new RunCommand());
        runCommand.setOut(out);
        runCommand.setErr(err);
        if (runCommand.execute(run.toArray(String[]::new)) == ExitCodes.USAGE) {
            return ExitCodes.USAGE;
        }
        ParityReport report = new ParityReport(Parity.compare(recorded, RecordingFiles.read(recording())),
                baseline.toString(), endpoint, Instant.now());
        report.write(reports);
        report.differences().forEach(difference -> out.println("DIFFERS " + ServiceText.terminal(difference.line())));
        out.println(report.totals() + ". Reports in " + reports + " (parity.md, parity.html)");
        out.flush();
        boolean same = report.differences().isEmpty() && report.count(Parity.Verdict.NOT_RECORDED) == 0;
        return same ? ExitCodes.PASSED : ExitCodes.FAILED;
    }

    private Path recording() {
        return reports.resolve("parity-recording");
    }
}
