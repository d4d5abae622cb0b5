package io.configconformance.report;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import java.util.List;
import java.util.Set;

/**
 * One finished scenario: where it is, what it is called, its tags, how it ended (with the first line of why) and what
 * was observed about the service on the way (undocumented fields, messages other than the page's), and what the
 * service answered to the call a failing or differing check judged ({@link ServiceAnswer#NO_ANSWER} when none).
 */
public record ScenarioResult(String uri, int line, String name, Set<String> tags, Status status, String reason,
                             List<String> observations, ServiceAnswer answer) {

    /** The name of the attachment that carries a scenario's observations from the steps to the reports. */
    public static final String OBSERVATIONS = "observations";

    public ScenarioResult(String uri, int line, String name, Set<String> tags, Status status, String reason) {
        this(uri, line, name, tags, status, reason, List.of());
    }

    public ScenarioResult(String uri, int line, String name, Set<String> tags, Status status, String reason,
                          List<String> observations) {
        this(uri, line, name, tags, status, reason, observations, ServiceAnswer.NO_ANSWER);
    }

    /** The scenario as the run that ran it reports it: its reason and observations masked of that run's secrets. */
    static ScenarioResult of(TestCase testCase, Result result, List<String> observations, ServiceAnswer answer,
                             SentSecrets secrets) {
        String reason = result.getError() == null || result.getError().getMessage() == null ? ""
                : Redactor.redact(result.getError().getMessage().lines().findFirst().orElse(""), secrets);
        return new ScenarioResult(testCase.getUri().toString(), testCase.getLocation().getLine(), testCase.getName(),
                Set.copyOf(testCase.getTags()), result.getStatus(), reason,
                observations.stream().map(o -> Redactor.redact(o, secrets)).toList(), answer);
    }

    public boolean covers(DocumentedError error) {
        return tags.containsAll(error.tags());
    }

    /** The operation tag of the scenario (@StartConfigurationRecorder, ...), or "protocol". */
    public String operation(List<String> operations) {
        return operations.stream().filter(op -> tags.contains("@" + op)).findFirst().orElse("protocol");
    }

    /**
     * passed, failed, differs (an expectation without uncontested page text not met), not reached (the moment that
     * triggers the row had passed) or skipped.
     */
    public String verdict() {
        return switch (status) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            default -> reason.startsWith(Differs.PREFIX) ? "differs"
                    : reason.startsWith(NotReached.PREFIX) ? "not reached" : "skipped";
        };
    }
}
