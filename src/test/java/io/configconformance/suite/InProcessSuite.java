package io.configconformance.suite;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs the scenarios selected by a tag expression in this JVM against an endpoint, for tests of the suite itself. */
final class InProcessSuite {

    /** How one scenario ended: its name, status and message. */
    record Outcome(String name, TestExecutionResult.Status status, String message) {
        boolean passed() {
            return status == TestExecutionResult.Status.SUCCESSFUL;
        }

        @Override
        public String toString() {
            return status + " " + name + ": " + message;
        }
    }

    private InProcessSuite() {
    }

    static List<Outcome> run(String endpoint, String tags, String reports, Map<String, String> configuration) {
        return run(endpoint, tags, reports, configuration, new TestExecutionListener() { });
    }

    /** The same, with a listener of its own that sees every scenario start and finish. */
    static List<Outcome> run(String endpoint, String tags, String reports, Map<String, String> configuration,
                             TestExecutionListener observer) {
        // a run of its own, as the Maven route's: options from the system properties, a real endpoint refused; the
        // endpoint travels in the run, not in a system property, so runs of tests side by side stay apart
        try (RunContext run = RunContext.of(endpoint, RunOptions.current(), false)) {
            return run(run, tags, reports, configuration, observer);
        }
    }

    /** The scenarios as a run with this context, which the caller made and closes. */
    static List<Outcome> run(RunContext run, String tags, String reports, Map<String, String> configuration,
                             TestExecutionListener observer) {
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("features"))
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.filter.tags", tags)
                .configurationParameter("cucumber.plugin", "io.configconformance.report.ConformanceReportPlugin:"
                        + reports);
        configuration.forEach(request::configurationParameter);
        RunContext previous = RunContext.handOff(run);
        try {
            LauncherFactory.create().execute(request.build(), observer, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                    if (id.isTest()) {
                        outcomes.add(new Outcome(id.getDisplayName(), result.getStatus(),
                                result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("")));
                    }
                }
            });
        } finally {
            RunContext.handOff(previous);
        }
        if (outcomes.isEmpty()) {
            throw new AssertionError("the tag expression " + tags + " selects no scenario");
        }
        return List.copyOf(outcomes);
    }
}
