package io.configconformance.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.configconformance.report.AllureResults;
import io.configconformance.report.ConformanceReportPlugin;
import io.configconformance.suite.RunContext;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The features run through the JUnit Platform and the Cucumber engine, as the Maven suite runs them, with this run's
 * threads, tags and report paths; the run's {@link RunContext} is handed to the glue for the length of the launch.
 */
final class ScenarioLaunch {

    private final Launcher launcher = LauncherFactory.create();
    private final RunContext context;
    private TestPlan plan;

    ScenarioLaunch(RunContext context) {
        this.context = context;
    }

    /** Finds the scenarios the tags select, writing the reports into {@code folder}. */
    void discover(String tags, int parallelism, Path folder) {
        plan = handedOff(() -> launcher.discover(request(tags, parallelism, folder)));
    }

    /** Runs what {@link #discover} found; {@code listener} sees every scenario start and end. */
    void execute(TestExecutionListener listener) {
        handedOff(() -> {
            launcher.execute(plan, listener);
            return null;
        });
    }

    private <T> T handedOff(Supplier<T> launch) {
        RunContext previous = RunContext.handOff(context);
        try {
            return launch.get();
        } finally {
            RunContext.handOff(previous);
        }
    }

    private static LauncherDiscoveryRequest request(String tags, int parallelism, Path folder) {
        String dir = folder.toString();
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("features"))
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.execution.parallel.enabled", String.valueOf(parallelism > 1))
                .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
                .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism",
                        String.valueOf(parallelism))
                .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size",
                        String.valueOf(parallelism))
                .configurationParameter("cucumber.plugin", String.join(",",
                        "html:" + dir + "/cucumber.html",
                        "junit:" + dir + "/cucumber-junit.xml",
                        "message:" + dir + "/cucumber-messages.ndjson",
                        "json:" + dir + "/cucumber.json",
                        ConformanceReportPlugin.class.getName() + ":" + dir,
                        AllureResults.class.getName() + ":" + dir + "/allure-results"));
        if (tags != null && !tags.isBlank()) {
            request.filters(TagFilter.parse(tags));
        }
        return request.build();
    }
}
