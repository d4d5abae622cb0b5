package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {

    @TempDir
    Path dir;

    @Test
    void finishedReportsReplaceThePreviousOnesAndLeaveOtherFiles() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("cucumber-junit.xml"), "previous");
        Files.writeString(reports.resolve("README.md"), "kept");
        Files.createDirectories(reports.resolve("api-reference")).resolve("old.txt").toFile().createNewFile();
        ReportFolder folder = ReportFolder.beside(reports);
        assertEquals(dir, folder.staging().getParent(), "staged beside the report folder, so the move is a rename");
        Files.writeString(folder.staging().resolve("cucumber-junit.xml"), "new");
        Files.createDirectories(folder.staging().resolve("api-reference")).resolve("new.txt").toFile().createNewFile();
        assertEquals("previous", Files.readString(reports.resolve("cucumber-junit.xml")), "nothing moves before the end");
        assertTrue(folder.publish());
        assertEquals("new", Files.readString(reports.resolve("cucumber-junit.xml")));
        assertEquals("kept", Files.readString(reports.resolve("README.md")));
        assertTrue(Files.exists(reports.resolve("api-reference/new.txt")));
        assertFalse(Files.exists(reports.resolve("api-reference/old.txt")), "a folder is replaced whole");
        assertFalse(Files.exists(folder.staging()));
        assertFalse(folder.discard(), "published reports stay");
    }

    @Test
    void discardedReportsNeverReachTheReportFolder() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("conformance-matrix.md"), "previous");
        ReportFolder folder = ReportFolder.beside(reports);
        Files.writeString(folder.staging().resolve("conformance-matrix.md"), "half");
        assertTrue(folder.discard());
        assertFalse(folder.publish(), "a stopped run publishes nothing");
        assertEquals("previous", Files.readString(reports.resolve("conformance-matrix.md")));
        assertFalse(Files.exists(folder.staging()));
    }

    @Test
    void stagingFoldersOfRunsThatAreGoneAreRemoved() throws Exception {
        Path leftover = Files.createDirectories(dir.resolve(".reports.partial-999999999999"));
        Path running = Files.createDirectories(dir.resolve(".reports.partial-" + ProcessHandle.current().parent()
                .orElseThrow().pid()));
        ReportFolder.beside(dir.resolve("reports")).discard();
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(running), "a live run's staging folder stays");
    }

    @Test
    void aFileOrAFolderUnderAFileIsRefusedInOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertEquals("--reports " + file + " is a file, not a folder",
                assertThrows(IllegalArgumentException.class, () -> ReportFolder.beside(file)).getMessage());
        String underFile = assertThrows(IllegalArgumentException.class,
                () -> ReportFolder.beside(file.resolve("reports"))).getMessage();
        assertEquals("--reports " + file.resolve("reports") + ": " + file + " is a file, not a folder", underFile);
        assertFalse(underFile.contains("Exception") || underFile.contains("\n"), underFile);
    }
}
