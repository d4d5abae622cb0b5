package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `run`'s safety options are checked before anything runs: a journal that cannot be written is bad usage. */
class RunSafetyTest {

    @Test
    void aJournalUnderAFileIsBadUsageInOneLine(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
        assertEquals("config-conformance: --journal " + file.resolve("journal.jsonl") + " cannot be written there"
                + " (see --help)", badUsage("--journal", file.resolve("journal.jsonl").toString()));
    }

    @Test
    void aStopGraceOutOfRangeIsBadUsage() {
        assertEquals("config-conformance: --stop-grace is 1 to 3600 seconds (see --help)", badUsage("--stop-grace",
                "0"));
    }

    private static String badUsage(String... options) {
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine(new RunCommand()).setErr(new PrintWriter(err));
        assertEquals(ExitCodes.USAGE, command.execute(options), err.toString());
        return err.toString().strip();
    }
}
