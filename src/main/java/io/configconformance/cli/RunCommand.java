package io.configconformance.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.configconformance.client.EmulatorControl;
import io.configconformance.report.ConformanceReportPlugin;
import io.configconformance.suite.EndpointUnderTest;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the features against the embedded emulator or an endpoint, through the same JUnit Platform and Cucumber
 * engine as the Maven suite, and writes the reports. The endpoint is checked before anything runs, so an unreachable
 * or wrong endpoint ends at once with one line saying why.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the conformance features and write reports. Exit 0 all passed, 1 any failed, "
                + "2 bad usage or unreachable endpoint.")
final class RunCommand implements Callable<Integer> {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    @Option(names = "--endpoint", defaultValue = EndpointUnderTest.EMBEDDED,
            description = "'embedded' (default) or the URL of an emulator, e.g. http://127.0.0.1:8080")
    String endpoint;

    @Option(names = "--tags", description = "Cucumber tag expression, e.g. \"@v2020-09-07 and not @mutating\"")
    String tags;

    @Option(names = "--reports", defaultValue = "reports", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path reports;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = checkEndpoint();
        if (problem != null) {
            err.println("run: " + problem);
            return ExitCodes.USAGE;
        }
        Files.createDirectories(reports);
        System.setProperty(EndpointUnderTest.PROPERTY, endpoint);
        ScenarioSummary summary = new ScenarioSummary(out);
        LauncherFactory.create().execute(discoveryRequest(), summary);
        summary.print(endpoint, reports);
        if (summary.total() == 0) {
            err.println("run: no scenario matches" + (tags == null ? "" : " --tags " + tags));
            return ExitCodes.USAGE;
        }
        return summary.failed() == 0 ? ExitCodes.PASSED : ExitCodes.FAILED;
    }

    private LauncherDiscoveryRequest discoveryRequest() {
        String dir = reports.toString();
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("features"))
                .filters(EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.plugin", String.join(",",
                        "html:" + dir + "/cucumber.html",
                        "junit:" + dir + "/cucumber-junit.xml",
                        "message:" + dir + "/cucumber-messages.ndjson",
                        "json:" + dir + "/cucumber.json",
                        ConformanceReportPlugin.class.getName() + ":" + dir));
        if (tags != null && !tags.isBlank()) {
            request.configurationParameter("cucumber.filter.tags", tags);
        }
        return request.build();
    }

    /** Null when the endpoint can be used; otherwise the one-line reason. */
    private String checkEndpoint() {
        if (EndpointUnderTest.EMBEDDED.equals(endpoint)) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            return "--endpoint '" + endpoint + "' is neither 'embedded' nor a URL";
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            return "--endpoint '" + endpoint + "' is neither 'embedded' nor an http(s) URL with a host";
        }
        try {
            new EmulatorControl(uri, PROBE_TIMEOUT).info();
            return null;
        } catch (EmulatorControl.ControlApiException e) {
            return "cannot use endpoint " + endpoint + ": " + e.getMessage()
                    + " (runs against a real endpoint, without the control API, are not supported yet)";
        }
    }
}
