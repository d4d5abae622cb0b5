package io.configconformance.cli;

import io.configconformance.report.SentSecrets;

/** A command that sends secrets: the line of an error it did not expect is masked of them ({@link Main}). */
interface SendsSecrets {

    /** The secrets the command has sent so far. */
    SentSecrets sentSecrets();
}
