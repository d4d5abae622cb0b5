package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.report.SentSecrets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * An exception no command expected ends it with exit 2 and one line on stderr: exit 1 means "a scenario failed", and a
 * stack trace in a CI log hides the reason and may carry what a service said.
 */
class UnexpectedFailureTest {

    @Command(name = "run")
    static final class FailingCommand implements Callable<Integer> {
        @Override
        public Integer call() throws IOException {
            throw new UncheckedIOException("cannot publish the reports", new AccessDeniedException(
                    "/mnt/reports/cucumber.json", null, "Signature=0123456789abcdef0123 in\n\u001b[2Jthe answer"));
        }
    }

    @Test
    void anUnexpectedExceptionIsExitTwoAndOneLine() {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine(new FailingCommand());
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(out, true));
        assertEquals(ExitCodes.USAGE, commandLine.execute());
        String line = err.toString();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("run: stopped by an unexpected error: UncheckedIOException: cannot publish the"
                + " reports; caused by AccessDeniedException: /mnt/reports/cucumber.json: Signature=****"), line);
        assertTrue(line.contains("\\x1b[2Jthe answer"), "the escape is shown, not sent: " + line);
        assertFalse(line.contains("\u001b") || line.contains("\tat ") || line.contains("0123456789abcdef"), line);
        assertEquals("", out.toString());
    }

    /** A command that has sent a secret, which the failure's message quotes base64-encoded, as no pattern knows. */
    @Command(name = "sweep")
    static final class FailingSender implements Callable<Integer>, SendsSecrets {
        private final SentSecrets secrets = new SentSecrets();

        @Override
        public SentSecrets sentSecrets() {
            return secrets;
        }

        @Override
        public Integer call() {
            secrets.keep("theSweepsAccessKeySecret");
            throw new IllegalStateException("the answer ended in dGhlU3dlZXBzQWNjZXNzS2V5U2VjcmV0");
        }
    }

    @Test
    void theLineIsMaskedOfWhatTheCommandSent() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(new FailingSender());
        commandLine.setErr(new PrintWriter(err, true));
        assertEquals(ExitCodes.USAGE, commandLine.execute());
        assertEquals("sweep: stopped by an unexpected error: IllegalStateException: the answer ended in ****",
                err.toString().strip());
    }

    @Test
    void aSubcommandOfTheJarEndsTheSameWay() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(new Main());
        commandLine.addSubcommand("failing", new FailingCommand());
        commandLine.setErr(new PrintWriter(err, true));
        assertEquals(ExitCodes.USAGE, commandLine.execute("failing"));
        assertEquals(1, err.toString().lines().count(), err.toString());
    }
}
