package io.configconformance.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Whether every report of a run was written: a report writer that fails (Cucumber's plugins write at the end of the
 * run and report a failure nowhere the run sees) leaves a file missing or empty, which a nightly job would publish as
 * if nothing had happened. The run names the first such report on one line and exits 2.
 */
final class ReportCheck {

    static final List<String> REPORTS = List.of("cucumber.html", "cucumber-junit.xml", "cucumber-messages.ndjson",
            "cucumber.json", "conformance-matrix.md", "conformance-matrix.html");

    private ReportCheck() {
    }

    /** The reason the first report of the folder is missing or empty, or empty when all were written. */
    static Optional<String> unwritten(Path folder) {
        for (String report : REPORTS) {
            Path file = folder.resolve(report);
            try {
                if (Files.size(file) == 0) {
                    return Optional.of(report + " in " + folder + " is empty: its writer failed");
                }
            } catch (IOException e) {
                return Optional.of(report + " was not written in " + folder);
            }
        }
        return Optional.empty();
    }
}
