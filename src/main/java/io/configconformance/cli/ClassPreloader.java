package io.configconformance.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a second core, the classes an emulator needs to start and answer its first request, while the main thread
 * parses the command line and builds the server: start-up is mostly class loading, and class loading runs in
 * parallel. The list (a resource) was recorded from a run; a name that no longer exists is skipped, so a stale list
 * costs speed, never correctness.
 */
final class ClassPreloader {

    static final String LIST = "emulator-classes.txt";

    private ClassPreloader() {
    }

    /** Starts the preloading thread; it is a daemon and never delays exit. */
    static void start() {
        Thread thread = new Thread(ClassPreloader::preload, "class-preloader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads every listed class it can; returns how many it loaded. */
    static int preload() {
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = ClassPreloader.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                try {
                    Class.forName(name.strip(), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError skipped) {
                    // Renamed or removed since the list was recorded: the main thread loads what it needs itself.
                }
            }
        } catch (IOException e) {
            // Preloading is an optimisation only.
        }
        return loaded;
    }
}
