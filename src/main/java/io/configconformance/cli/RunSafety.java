package io.configconformance.cli;

import io.configconformance.suite.RunContext;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What {@code run} does so that a real account ends as it began (docs/SAFETY.md): where its journal of intent goes,
 * how long a stopped run's cleanup may take, and what the run says at its end when something is left.
 */
final class RunSafety {

    @Option(names = "--journal", paramLabel = "FILE", description = "Where the journal of what the run begins on a"
            + " real account is written (default: journal.jsonl among the reports); `sweep --journal FILE` undoes what"
            + " a killed run left.")
    Path journal;

    @Option(names = "--stop-grace", defaultValue = "60", description = "Seconds a run stopped by SIGINT or SIGTERM"
            + " gives the running scenario's cleanup before it halts (default: ${DEFAULT-VALUE}).")
    int stopGrace;

    private Path file;
    private SweepAdvice advice;
    private RunContext context;
    private StopSignals signals;

    /** Before anything runs: a journal that could not be written would leave nothing to sweep with. */
    void validate(CommandLine commandLine) {
        if (stopGrace < 1 || stopGrace > 3600) {
            throw new CommandLine.ParameterException(commandLine, "--stop-grace is 1 to 3600 seconds");
        }
        if (journal != null) {
            Path absolute = journal.toAbsolutePath();
            Path folder = absolute.getParent();
            if (Files.isDirectory(absolute) || folder == null || Files.exists(folder) && !Files.isDirectory(folder)
                    || Files.isDirectory(folder) && !Files.isWritable(folder)
                    || Files.exists(absolute) && !Files.isWritable(absolute)) {
                throw new CommandLine.ParameterException(commandLine, "--journal " + journal
                        + " cannot be written there");
            }
        }
    }

    /**
     * Before the scenarios: the journal is written against a real endpoint (an emulator's accounts are thrown away
     * with whatever they hold), and a stop knows what to say.
     */
    void begin(StopSignals stop, RunContext run, ReportFolder folder, SweepAdvice sweep) {
        file = journal != null ? journal.toAbsolutePath() : folder.journal();
        advice = sweep;
        context = run;
        signals = stop;
        if (!run.endpoint().isEmulator()) {
            run.keepJournalIn(file);
        }
        stop.whenStopped(run, Duration.ofSeconds(stopGrace), () -> advice.sentence(run.journal(), file));
    }

    /**
     * After the scenarios, for a run a signal stopped (its cleanup done): no reports, what is left if anything, the one
     * line unless the launching JVM prints it; the exit code.
     */
    Optional<Integer> stopped(ReportFolder folder, PrintWriter err) {
        if (signals.stopped().isEmpty() || !signals.ending()) {
            return Optional.empty();
        }
        StopSignals.Stop stop = signals.stopped().get();
        folder.discard(); // keeps the journal while it holds anything not undone
        advice.print(err, context.journal(), file, context.secrets());
        if (!signals.quiet()) {
            err.println(stop.line());
        }
        return Optional.of(stop.exitCode());
    }

    /** After the reports are in place: whether anything is left, which it prints with the sweep command. */
    boolean leftBehind(PrintWriter err, Path reports) {
        Path published = journal != null ? file : reports.toAbsolutePath().resolve(ReportFolder.JOURNAL);
        return advice.print(err, context.journal(), published, context.secrets()) > 0;
    }
}
