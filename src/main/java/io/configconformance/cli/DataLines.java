package io.configconformance.cli;

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

    /**
     * Every text printed ({@code print}, {@code println}, {@code printf}, {@code append}) passes here whole, as one
     * argument or one piece of a format; only {@code println}'s own line break does not.
     */
    @Override
    public void write(String text, int offset, int length) {
        String data = ServiceText.terminal(text.substring(offset, offset + length), secrets);
        super.write(data, 0, data.length());
    }

    @Override
    public void write(char[] text, int offset, int length) {
        write(new String(text, offset, length), 0, length);
    }

    @Override
    public void write(int character) {
        write(String.valueOf((char) character), 0, 1);
    }
}
