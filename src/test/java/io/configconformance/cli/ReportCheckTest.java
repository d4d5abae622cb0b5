package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report left empty or unwritten by its writer is named, so that the run ends with exit 2 rather than publishing it. */
class ReportCheckTest {

    @Test
    void namesTheFirstEmptyOrMissingReport(@TempDir Path folder) throws Exception {
        for (String report : ReportCheck.REPORTS) {
            Files.writeString(folder.resolve(report), "x");
        }
        assertEquals(Optional.empty(), ReportCheck.unwritten(folder));
        Files.writeString(folder.resolve("cucumber-junit.xml"), "");
        assertTrue(ReportCheck.unwritten(folder).orElseThrow().startsWith("cucumber-junit.xml in "));
        Files.delete(folder.resolve("cucumber.html"));
        assertTrue(ReportCheck.unwritten(folder).orElseThrow().startsWith("cucumber.html was not written"));
    }
}
