package io.configconformance.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders the commands stage their output in, deleted whole; a symbolic link in them is deleted, not followed. */
final class FileTrees {

    private FileTrees() {
    }

    /** Staging folders ({@code <prefix><pid>}) of runs that were killed outright (their process is gone). */
    static void deleteStagingOfEndedRuns(Path parent, String prefix) throws IOException {
        deleteStagingOfEndedRuns(parent, prefix, folder -> false);
    }

    /** The same, but for the folders {@code keep} says must stay. */
    static void deleteStagingOfEndedRuns(Path parent, String prefix, java.util.function.Predicate<Path> keep)
            throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path entry : entries) {
                String pid = entry.getFileName().toString().substring(prefix.length());
                if (pid.matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(pid)).isEmpty() && !keep.test(entry)) {
                    delete(entry);
                }
            }
        }
    }

    static void delete(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
