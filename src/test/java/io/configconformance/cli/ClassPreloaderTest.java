package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassPreloaderTest {

    /** A list gone stale after a dependency upgrade loses its effect silently: re-record it (bench/record-preload-list.sh). */
    @ParameterizedTest
    @ValueSource(strings = {ClassPreloader.EMULATOR_LIST, ClassPreloader.SUITE_LIST})
    void almostEveryListedClassStillExists(String list) throws IOException {
        long listed;
        try (InputStream in = ClassPreloader.class.getResourceAsStream(list)) {
            assertTrue(in != null, list + " is packaged next to ClassPreloader");
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        }
        int loaded = ClassPreloader.preload(list);
        assertTrue(listed > 1000, list + " holds the classes of a start or a run, " + listed + " listed");
        assertTrue(loaded >= listed * 95 / 100, loaded + " of " + listed + " classes in " + list + " exist;"
                + " re-record the lists with bench/record-preload-list.sh");
    }
}
