package io.configconformance.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a second core, the classes a command is going to need, while the main thread parses the command line,
 * builds the server and discovers the features: start-up is mostly class loading, and class loading runs in parallel.
 * An emulator preloads what it needs to start and answer its first request; {@code run} also what the suite loads
 * later (Cucumber, formatters, validators, client), which saved about a tenth of its scenario time at one thread.
 * The lists (resources) were recorded from runs; a name that no longer exists is skipped, so a stale list costs
 * speed, never correctness.
 */
final class ClassPreloader {

    /** What an emulator loads from start-up to its first answers. */
    static final String EMULATOR_LIST = "emulator-classes.txt";
    /** What a run loads beyond that: Cucumber, the formatters, the validators, the client (loaded after the first). */
    static final String SUITE_LIST = "suite-classes.txt";

    private ClassPreloader() {
    }

    /** Starts the preloading thread for the lists, in order; it is a daemon and never delays exit. */
    static void start(String... lists) {
        Thread thread = new Thread(() -> {
            for (String list : lists) {
                preload(list);
            }
        }, "class-preloader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads every class of the list it can; returns how many it loaded. */
    static int preload(String list) {
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = ClassPreloader.class.getResourceAsStream(list)) {
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
