package io.configconformance.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Puts a finished file or folder in place of another, never leaving a half-written one under the final name. A rename
 * is atomic where source and destination share a file system; when they do not (a report or recording folder that is
 * a mount point: {@link AtomicMoveNotSupportedException}), the source is first copied beside the destination, on the
 * destination's file system, and that copy renamed into place.
 */
final class SafeMove {

    /** How a path is renamed; a test stands in a file system boundary. */
    interface Rename {
        void move(Path source, Path destination) throws IOException;
    }

    private static final Rename ATOMIC = (source, destination) ->
            Files.move(source, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

    private SafeMove() {
    }

    static void replace(Path source, Path destination) throws IOException {
        replace(source, destination, ATOMIC);
    }

    static void replace(Path source, Path destination, Rename rename) throws IOException {
        try {
            rename.move(source, destination);
            return;
        } catch (AtomicMoveNotSupportedException acrossFileSystems) {
            // copied below, then renamed on the destination's own file system
        }
        Path copy = destination.resolveSibling("." + destination.getFileName() + ".incoming-"
                + ProcessHandle.current().pid());
        FileTrees.delete(copy);
        try {
            copyTree(source, copy);
            try {
                rename.move(copy, destination);
            } catch (AtomicMoveNotSupportedException noAtomicRenameAtAll) {
                Files.move(copy, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            FileTrees.delete(copy);
        }
        FileTrees.delete(source);
    }

    private static void copyTree(Path source, Path copy) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Files.copy(path, copy.resolve(source.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
