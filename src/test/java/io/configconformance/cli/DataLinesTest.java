package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.configconformance.report.SentSecrets;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Whatever way a command prints through it, an endpoint's words come out masked and as one line of data. */
class DataLinesTest {

    private static final String SECRET = "AccessKeySecretOfTheRun0123456789";

    @Test
    void printPrintlnPrintfAndAppendAllMaskAndEscapeAndOnlyPrintlnBreaksTheLine() {
        SentSecrets secrets = new SentSecrets();
        secrets.keep(SECRET);
        StringWriter console = new StringWriter();
        PrintWriter lines = new DataLines(new PrintWriter(console), secrets);

        lines.println("kept ca-1 (" + SECRET + "\u001b[2J\nforged)");
        lines.print("refused: " + SECRET);
        lines.println();
        lines.printf("sweep: %s %d%n", "\u0007" + SECRET, 2);
        lines.append("appended ").append(SECRET).append('\n');
        lines.flush();

        assertEquals(String.join(System.lineSeparator(),
                "kept ca-1 (****\\x1b[2J\\x0aforged)",
                "refused: ****",
                "sweep: \\x07**** 2\\x0a" + "appended ****\\x0a"), console.toString().stripTrailing());
    }
}
