package io.configconformance.cli;

import io.configconformance.ProductVersion;
import io.configconformance.client.SecondCopy;
import io.configconformance.report.SentSecrets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The executable artifact, {@code config-conformance.jar}: {@code run} verifies an endpoint, {@code emulator} serves one. */
@Command(name = "config-conformance", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Conformance suite and emulator for the Alibaba Cloud Config API.")
public final class Main implements Runnable {

    /**
     * The subcommands by name, in the order help lists them. picocli reflects on every option of every command it is
     * given, and its classes (Java 5 class files) are not in the class-data archive (D7): building only the command a
     * user names took about 13% off the emulator's CPU before its first answer (BENCHMARKS.md, "Emulator start-up").
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("run", RunCommand::new);
        commands.put("emulator", EmulatorCommand::new);
        commands.put("sweep", SweepCommand::new);
        commands.put("replay", ReplayCommand::new);
        commands.put("parity", ParityCommand::new);
        commands.put("spec-diff", SpecDiffCommand::new);
        commands.put("benchmark", () -> new io.configconformance.bench.BenchmarkCommand(ShortRunJvm.FLAGS));
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What SIGINT and SIGTERM do to the command this JVM was launched for; nothing, unless main installed them. */
    private final StopSignals signals;

    /** The command line of a command run in process: no signal reaches it. */
    Main() {
        this(StopSignals.unheard());
    }

    private Main(StopSignals signals) {
        this.signals = signals;
    }

    public static void main(String[] args) throws Exception {
        SecondCopy.keepTheHttpClientFromResending();
        StopSignals signals = StopSignals.unheard();
        if (args.length > 0 && ShortRunJvm.SHORT_RUNS.contains(args[0])) {
            java.util.List<String> jvmArguments = ShortRunJvm.jvmArguments();
            if (ShortRunJvm.wanted(args, jvmArguments)) {
                try {
                    System.exit(ShortRunJvm.relaunch(ShortRunJvm.command(args, jvmArguments)));
                } catch (java.io.IOException e) {
                    System.err.println("run: no tuned JVM (" + e.getMessage() + "); running in this one");
                }
            }
            // The command's stop exists before the launcher is watched: a launcher already gone stops it at once.
            signals = StopSignals.endRunOnStop(ShortRunJvm.relaunched());
            if (ShortRunJvm.relaunched()) {
                ShortRunJvm.endWithLauncher(signals);
            }
        }
        System.exit(commandLineFor(new Main(signals), args).execute(args));
    }

    /** Runs the command line and returns its exit code: 0 passed, 1 failed, 2 bad usage or unreachable endpoint. */
    public static int execute(String... args) {
        return commandLineFor(new Main(), args).execute(args);
    }

    /** The command line for these arguments: only the subcommand they name, as the jar's {@code main} builds it. */
    static CommandLine commandLineFor(Main main, String... args) {
        return commandLine(main, args.length > 0 ? args[0] : null);
    }

    /**
     * The command line with every subcommand, or with only the one named, when {@code first} names one that needs no
     * sibling ({@code help} lists them all, a misspelt name is answered with the names it resembles).
     */
    static CommandLine commandLine(Main main, String first) {
        CommandLine commandLine = new CommandLine(main);
        SUBCOMMANDS.forEach((name, command) -> {
            if (first == null || !SUBCOMMANDS.containsKey(first) || "help".equals(first) || name.equals(first)) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        return configured(commandLine);
    }

    /** The stop of the command {@code parent} launched; one no signal reaches for a command run on its own. */
    static StopSignals signalsOf(Main parent) {
        return parent == null ? StopSignals.unheard() : parent.signals;
    }

    /**
     * A command line for a command: bad usage is one line on stderr and exit 2, and so is an exception nobody expected
     * (a disk that is full, a move the file system refuses), never a stack trace and exit 1, which means "a scenario
     * failed".
     */
    static CommandLine commandLine(Object command) {
        return command instanceof Main main ? commandLine(main, null) : configured(new CommandLine(command));
    }

    private static CommandLine configured(CommandLine commandLine) {
        HelpLayout.apply(commandLine);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            exception.getCommandLine().getErr().println("config-conformance: " + exception.getMessage()
                    + " (see --help)");
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parsed) -> {
            SentSecrets secrets = failed.getCommand() instanceof SendsSecrets sender ? sender.sentSecrets()
                    : new SentSecrets();
            failed.getErr().println(UnexpectedFailure.line(failed.getCommandName(), exception, secrets));
            failed.getErr().flush();
            return ExitCodes.USAGE;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: run, emulator, replay, parity, sweep, benchmark, spec-diff or help");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"config-conformance " + ProductVersion.text()};
        }
    }
}
