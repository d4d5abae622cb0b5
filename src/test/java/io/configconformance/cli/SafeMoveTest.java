package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report folder that is a mount point: a rename from beside it into it crosses file systems and the JDK refuses it
 * as atomic. The move falls back to a copy on the destination's side, renamed into place, and the earlier file is
 * replaced whole.
 */
class SafeMoveTest {

    @TempDir
    Path temp;

    /** Renames within one folder only, as across a mount point. */
    private static final SafeMove.Rename WITHIN_ONE_FOLDER = (source, destination) -> {
        if (!source.getParent().equals(destination.getParent())) {
            throw new AtomicMoveNotSupportedException(source.toString(), destination.toString(), "cross-device link");
        }
        Files.move(source, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    };

    @Test
    void aFileAcrossAMountPointReplacesTheEarlierOne() throws IOException {
        Path staging = Files.createDirectories(temp.resolve(".reports.partial-1"));
        Path reports = Files.createDirectories(temp.resolve("reports"));
        Files.writeString(reports.resolve("cucumber.json"), "earlier run");
        Path finished = Files.writeString(staging.resolve("cucumber.json"), "this run");
        SafeMove.replace(finished, reports.resolve("cucumber.json"), WITHIN_ONE_FOLDER);
        assertEquals("this run", Files.readString(reports.resolve("cucumber.json")));
        assertFalse(Files.exists(finished));
        assertEquals(List.of("cucumber.json"), names(reports), "no copy is left beside it");
    }

    @Test
    void aFolderAcrossAMountPointArrivesWhole() throws IOException {
        Path staging = Files.createDirectories(temp.resolve(".reports.partial-1"));
        Path reports = Files.createDirectories(temp.resolve("reports"));
        Path recording = Files.createDirectories(staging.resolve("parity-recording").resolve("recorder"));
        Files.writeString(recording.resolve("a.json"), "{}");
        SafeMove.replace(staging.resolve("parity-recording"), reports.resolve("parity-recording"), WITHIN_ONE_FOLDER);
        assertEquals("{}", Files.readString(reports.resolve("parity-recording").resolve("recorder").resolve("a.json")));
        assertFalse(Files.exists(staging.resolve("parity-recording")));
        assertEquals(List.of("parity-recording"), names(reports));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
