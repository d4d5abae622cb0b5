package io.configconformance.cli;

import io.configconformance.ProductVersion;
import io.configconformance.client.SecondCopy;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The executable artifact, {@code config-conformance.jar}: {@code run} verifies an endpoint, {@code emulator} serves one. */
@Command(name = "config-conformance", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {RunCommand.class, EmulatorCommand.class, SweepCommand.class, ReplayCommand.class,
            ParityCommand.class, SpecDiffCommand.class,
            io.configconformance.bench.BenchmarkCommand.class, CommandLine.HelpCommand.class},
        description = "Conformance suite and emulator for the Alibaba Cloud Config API.")
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) throws Exception {
        SecondCopy.keepTheHttpClientFromResending();
        if (args.length > 0 && ShortRunJvm.SHORT_RUNS.contains(args[0])) {
            java.util.List<String> jvmArguments = ShortRunJvm.jvmArguments();
            if (ShortRunJvm.wanted(args, jvmArguments)) {
                try {
                    System.exit(ShortRunJvm.relaunch(ShortRunJvm.command(args, jvmArguments)));
                } catch (java.io.IOException e) {
                    System.err.println("run: no tuned JVM (" + e.getMessage() + "); running in this one");
                }
            }
            if (ShortRunJvm.relaunched()) {
                ShortRunJvm.endWithLauncher();
            }
            StopSignals.endRunOnStop(ShortRunJvm.relaunched());
        }
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code: 0 passed, 1 failed, 2 bad usage or unreachable endpoint. */
    public static int execute(String... args) {
        return commandLine(new Main()).execute(args);
    }

    /**
     * A command line for a command: bad usage is one line on stderr and exit 2, and so is an exception nobody expected
     * (a disk that is full, a move the file system refuses), never a stack trace and exit 1, which means "a scenario
     * failed".
     */
    static CommandLine commandLine(Object command) {
        CommandLine commandLine = new CommandLine(command);
        HelpLayout.apply(commandLine);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            exception.getCommandLine().getErr().println("config-conformance: " + exception.getMessage()
                    + " (see --help)");
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parsed) -> {
            failed.getErr().println(UnexpectedFailure.line(failed.getCommandName(), exception));
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
