package io.configconformance.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * A command of the jar run by its command line ({@link Main#commandLine}) in the test's own JVM: for claims about what
 * the command line accepts, where a JVM of its own (two, for {@code run}, with its tuned relaunch) would add only its
 * start. What only a process shows (one line on stderr and nothing else, an exit status) stays with {@link JarProcess}.
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
