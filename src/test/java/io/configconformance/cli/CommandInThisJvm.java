package io.configconformance.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * A command of the jar run by its command line ({@link Main#commandLine}) in the test's own JVM: for claims about what
 * the command line accepts, and about what a run does, prints and returns (its verdicts, its exit code, what it leaves
 * on the accounts), where a JVM of its own (two, for {@code run}, with its tuned relaunch) would add only its start:
 * some 4 s of CPU a run. What only a process shows (one line on stderr and nothing else, a library's logging, the
 * status the process exits with, a signal's effect) stays with {@link JarProcess}; the jar's {@code main} exits with
 * the code the command returns (JarCommandsIT and PlausibleServicesIT check 0, 1 and 2 through the process).
 */
final class CommandInThisJvm {

    private CommandInThisJvm() {
    }

    /** The exit code the jar would exit with, and what the command printed. */
    static JarProcess.Result run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(new Main());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(arguments);
        return new JarProcess.Result(exitCode, out.toString(), err.toString());
    }
}
