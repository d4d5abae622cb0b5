package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClassPreloaderTest {

    /** A list gone stale after a dependency upgrade loses its effect silently: re-record it (bench/record-preload-list.sh). */
    @Test
    void almostEveryListedClassStillExists() throws IOException {
        long listed;
        try (InputStream in = ClassPreloader.class.getResourceAsStream(ClassPreloader.LIST)) {
            assertTrue(in != null, "the preload list is packaged next to ClassPreloader");
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        }
        int loaded = ClassPreloader.preload();
        assertTrue(listed > 1000, "the list holds the start-up classes, " + listed + " listed");
        assertTrue(loaded >= listed * 95 / 100, loaded + " of " + listed + " listed classes exist;"
                + " re-record the list with bench/record-preload-list.sh");
    }
}
