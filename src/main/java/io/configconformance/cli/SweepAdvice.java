package io.configconformance.cli;

import io.configconformance.report.SentSecrets;
import io.configconformance.suite.Journal;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run that leaves something on an account tells its user: each thing the journal holds as begun and not
 * undone, and the one {@code sweep} command, with the run's own endpoint, accounts and journal, that undoes them.
 */
record SweepAdvice(String endpoint, Path credentials, String aliyunProfiles) {

    /** The sweep command for the journal at {@code journal}. */
    String command(Path journal) {
        return "java -jar config-conformance.jar sweep --endpoint " + endpoint
                + (credentials == null ? "" : " --credentials " + quoted(credentials.toString()))
                + (aliyunProfiles == null ? "" : " --aliyun-profiles " + quoted(aliyunProfiles))
                + " --journal " + quoted(journal.toString());
    }

    /**
     * Prints what is left, if anything, and how to sweep it; how many things are left. The group IDs are the
     * service's answers: the lines are data, masked of the run's {@code secrets} ({@link DataLines}).
     */
    int print(PrintWriter console, Journal journal, Path journalFile, SentSecrets secrets) {
        List<Journal.Entry> left = journal.pending();
        if (!left.isEmpty()) {
            PrintWriter err = new DataLines(console, secrets);
            err.println("run: left behind on the accounts (" + left.size() + "):");
            left.forEach(entry -> err.println("  " + entry.describe()));
            err.println("run: to undo them: " + command(journalFile));
        }
        return left.size();
    }

    /** One sentence for a run that halts: what its journal holds and how to sweep it. */
    String sentence(Journal journal, Path journalFile) {
        int left = journal.pending().size();
        if (journal.file().isEmpty()) {
            return "the emulator's accounts hold whatever the run began";
        }
        return left == 0 ? "the journal " + journalFile + " holds nothing begun and not undone"
                : "the journal " + journalFile + " holds what is left (" + left + " begun and not undone); undo it"
                        + " with: " + command(journalFile);
    }

    private static String quoted(String text) {
        return text.matches("[A-Za-z0-9_./:@=,+-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
