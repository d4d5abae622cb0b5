package io.configconformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house keeps every source file of src/main under 250 lines: a class that grows past it does more than one job
 * and is split by job (docs/CONTRIBUTING.md). A file over the mark fails here with its name and length.
 */
class ClassSizeTest {

    private static final int MOST_LINES = 250;
    private static final Path SOURCES = Path.of("src", "main", "java");

    @Test
    void noSourceFileOfSrcMainIsOverTheMark() throws IOException {
        List<String> over;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            over = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lines(file) > MOST_LINES)
                    .map(file -> file + " (" + lines(file) + " lines)").sorted().toList();
        }
        assertEquals(List.of(), over, "source files over " + MOST_LINES + " lines: split them by job");
    }

    @Test
    void theMarkIsCountedOnRealFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            assertTrue(files.filter(file -> file.toString().endsWith(".java")).count() > 100,
                    "src/main/java was not found from the working directory");
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
