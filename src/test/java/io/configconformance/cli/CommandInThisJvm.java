package io.configconformance.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /** How long a command may take, as the jar's runs are given (JarProcess): past it the test fails, not the build. */
    private static final long LIMIT_SECONDS = 600;

    private CommandInThisJvm() {
    }

    /**
     * The exit code the jar would exit with, and what the command printed. The command runs on a thread of its own,
     * so that one that never ends fails the calling test after {@link #LIMIT_SECONDS} instead of hanging the build.
     */
    static JarProcess.Result run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(new Main());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        FutureTask<Integer> command = new FutureTask<>(() -> commandLine.execute(arguments));
        Thread thread = new Thread(command, "command-in-this-jvm");
        thread.setDaemon(true);
        thread.start();
        try {
            return new JarProcess.Result(command.get(LIMIT_SECONDS, TimeUnit.SECONDS), out.toString(), err.toString());
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new AssertionError("`" + String.join(" ", arguments) + "` did not end within " + LIMIT_SECONDS
                    + " s:\n" + out + err);
        } catch (ExecutionException e) {
            throw new AssertionError("`" + String.join(" ", arguments) + "` threw", e.getCause());
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while `" + String.join(" ", arguments) + "` ran", e);
        }
    }
}
