package io.configconformance.report;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import java.util.List;
import java.util.Set;

/** One finished scenario: where it is, what it is called, its tags, and how it ended (with the first line of why). */
public record ScenarioResult(String uri, int line, String name, Set<String> tags, Status status, String reason) {

    static ScenarioResult of(TestCase testCase, Result result) {
        String reason = result.getError() == null || result.getError().getMessage() == null ? ""
                : Redactor.redact(result.getError().getMessage().lines().findFirst().orElse(""));
        return new ScenarioResult(testCase.getUri().toString(), testCase.getLocation().getLine(), testCase.getName(),
                Set.copyOf(testCase.getTags()), result.getStatus(), reason);
    }

    public boolean covers(DocumentedError error) {
        return tags.containsAll(error.tags());
    }

    /** The operation tag of the scenario (@StartConfigurationRecorder, ...), or "protocol". */
    public String operation(List<String> operations) {
        return operations.stream().filter(op -> tags.contains("@" + op)).findFirst().orElse("protocol");
    }

    public String verdict() {
        return switch (status) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            default -> "skipped";
        };
    }
}
