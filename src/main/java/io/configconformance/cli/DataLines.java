package io.configconformance.cli;

import io.configconformance.report.Redactor;
import io.configconformance.report.SentSecrets;
import io.configconformance.report.ServiceText;
import java.io.PrintWriter;

/**
 * A console for a command whose lines quote an endpoint (a group's name, a refused code, a failure's message): every
 * text it prints is masked of the secrets the command sent and shown as data, one line, every control character as
 * its escape ({@link ServiceText#terminal}). So an endpoint can neither print a secret, move the cursor, nor forge a
 * line of the command's own.
 */
final class DataLines extends PrintWriter {

    private final SentSecrets secrets;

    DataLines(PrintWriter console, SentSecrets secrets) {
        super(console, true);
        this.secrets = secrets;
    }

    @Override
    public void print(String text) {
        super.print(ServiceText.terminal(Redactor.redact(text, secrets)));
    }
}
