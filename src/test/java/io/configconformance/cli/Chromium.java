package io.configconformance.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the browser tests find Chromium: {@code -Dconformance.chromium=PATH}, or chromium on the PATH. */
final class Chromium {

    static final String PROPERTY = "conformance.chromium";

    private Chromium() {
    }

    /** The browser's path; fails, in one line saying how to install it, when there is none. */
    static String find() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return configured;
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new AssertionError("Chromium is not installed: run scripts/install-test-tools.sh (Debian: apt-get"
                + " install -y chromium) or give -D" + PROPERTY + "=PATH");
    }
}
