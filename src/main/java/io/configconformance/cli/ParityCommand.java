package io.configconformance.cli;

import io.configconformance.recording.Parity;
import io.configconformance.recording.ParityReport;
import io.configconformance.report.SentSecrets;
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
                + " Exit 0 the run passed and all is the same, 1 a scenario failed or any exchange differs, was not"
                + " recorded or (without --allow-missing) a scenario of the baseline was not compared, 2 bad usage, an"
                + " unusable endpoint or nothing tested.")
final class ParityCommand implements Callable<Integer>, SendsSecrets {

    private static final String RECORDING = "parity-recording";

    @Option(names = "--baseline", required = true, paramLabel = "DIR",
            description = "The recording to compare with (run --record DIR made it).")
    Path baseline;

    @Option(names = "--endpoint", defaultValue = EndpointUnderTest.EMBEDDED,
            description = "'embedded' (default), an emulator's URL or a Cloud Config endpoint, as for run.")
    String endpoint;

    @Option(names = "--reports", defaultValue = "reports", description = "Report folder (default: ${DEFAULT-VALUE});"
            + " the run's own recording goes to its parity-recording folder, with the reports.")
    Path reports;

    @Option(names = "--allow-missing", description = "Exit 0 even when scenarios of the baseline were not compared"
            + " (the run did not record them: a role not configured, no --allow-mutating, a narrower --tags).")
    boolean allowMissing;

    @CommandLine.Unmatched
    List<String> runOptions = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main launcher;
    /** The run that records what is compared: its secrets are what parity's reports are masked of. */
    private final RunCommand recordingRun = new RunCommand();

    @Override
    public SentSecrets sentSecrets() {
        return recordingRun.sentSecrets();
    }

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
        List<String> run = new ArrayList<>(List.of("--endpoint", endpoint, "--reports", reports.toString()));
        run.addAll(runOptions);
        recordingRun.recordWithReports = RECORDING;
        recordingRun.signals = Main.signalsOf(launcher); // a signal to parity stops its run
        CommandLine runCommand = Main.commandLine(recordingRun);
        runCommand.setOut(out);
        runCommand.setErr(err);
        int runExit = runCommand.execute(run.toArray(String[]::new));
        if (runExit != ExitCodes.PASSED && runExit != ExitCodes.FAILED) {
            return runExit; // bad usage, nothing tested, stopped: there is nothing to compare
        }
        ParityReport report = new ParityReport(Parity.compare(recorded, RecordingFiles.read(recording())),
                baseline.toString(), endpoint, Instant.now());
        report.write(reports, recordingRun.sentSecrets());
        List<String> notCompared = report.scenarios(Parity.Verdict.NOT_COMPARED);
        findings(report, recordingRun.sentSecrets()).forEach(out::println);
        out.println(report.totals() + ". Reports in " + reports + " (parity.md, parity.html)");
        out.flush();
        if (!notCompared.isEmpty() && !allowMissing) {
            err.println("parity: " + notCompared.size() + " scenarios of the baseline were not compared, the run did"
                    + " not record them (first: " + notCompared.get(0) + "); --allow-missing accepts that");
        }
        boolean same = report.differences().isEmpty() && report.count(Parity.Verdict.NOT_RECORDED) == 0
                && (notCompared.isEmpty() || allowMissing);
        if (runExit == ExitCodes.FAILED) {
            err.println("parity: the run itself failed (see its summary above), whatever the comparison found");
        }
        return same && runExit == ExitCodes.PASSED ? ExitCodes.PASSED : ExitCodes.FAILED;
    }

    /**
     * The console's lines for what parity found: each difference, what follows from it, each scenario not compared.
     * What the endpoint answered is quoted as data, masked of the secrets the run sent.
     */
    static List<String> findings(ParityReport report, SentSecrets secrets) {
        List<String> lines = new ArrayList<>();
        report.differences().forEach(difference -> {
            lines.add("DIFFERS " + ServiceText.terminal(difference.line(), secrets));
            report.consequences(difference).forEach(consequence -> lines.add("  follows from "
                    + consequence.followsFrom() + ": " + ServiceText.terminal(consequence.path() + ": recorded "
                    + consequence.recorded() + ", now " + consequence.now(), secrets)));
        });
        report.scenarios(Parity.Verdict.NOT_COMPARED).forEach(scenario -> lines.add("NOT COMPARED "
                + ServiceText.terminal(scenario, secrets) + " (the run did not record it)"));
        return lines;
    }

    private Path recording() {
        return reports.resolve(RECORDING);
    }
}
