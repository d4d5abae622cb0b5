package io.configconformance.steps;

import io.configconformance.report.Miss;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * A failed check made of several expectations of different grades (a schema's fields), thrown by the check so that
 * {@link Judge} grades each miss by its own evidence instead of the check's. Its message is the check's full message,
 * which is what a run against the emulator reports.
 */
final class GradedMisses extends AssertionFailedError {

    private final transient List<Miss> misses;

    GradedMisses(String message, List<Miss> misses) {
        super(message);
        this.misses = List.copyOf(misses);
    }

    List<Miss> misses() {
        return misses;
    }
}
