package io.configconformance.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.configconformance.client.EmulatorControl;
import io.configconformance.client.HttpStats;
import io.configconformance.client.HttpTransport;
import io.configconformance.client.Pacing;
import io.configconformance.recording.Recorder;
import io.configconformance.report.AllureResults;
import io.configconformance.report.ConformanceReportPlugin;
import io.configconformance.report.RunTiming;
import io.configconformance.suite.AccountSource;
import io.configconformance.suite.ConfiguredAccounts;
import io.configconformance.suite.EndpointUnderTest;
import io.configconformance.suite.RunOptions;
import io.configconformance.suite.RunPacing;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the features against the embedded emulator, an emulator started elsewhere, or a real endpoint, through the
 * same JUnit Platform and Cucumber engine as the Maven suite, and writes the reports. The endpoint is checked before
 * anything runs, so an unreachable or unusable endpoint ends at once with one line saying why.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the conformance features and write reports. Exit 0 none failed, 1 any failed (or, with"
                + " --strict, any differs) or anything was left behind on an account, 2 bad usage, unusable endpoint or"
                + " nothing tested, 130 / 143 stopped by SIGINT / SIGTERM (the report folder then keeps the previous"
                + " complete run).",
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN (optional):"
                + " keys of the individual role, with CONFORMANCE_ACCOUNT_ID",
            "  CONFORMANCE_ACCOUNT_ID alone: the individual role through the SDKs' default chain (environment keys;"
                + " ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE; the aliyun"
                + " CLI's current profile; ~/.alibabacloud/credentials; an ECS RAM role; ALIBABA_CLOUD_CREDENTIALS_URI)",
            "  CONFORMANCE_CONTROL_TOKEN: the control API token of an emulator bound beyond loopback",
            "  CI: when set, one line per scenario instead of a progress line"})
final class RunCommand implements Callable<Integer> {

    /** Scenarios at once against an emulator at a URL: the run waits on the network, not on its cores. */
    static final int REMOTE_THREADS = 16;

    @Option(names = "--endpoint", defaultValue = EndpointUnderTest.EMBEDDED,
            description = "'embedded' (default), an emulator's URL (http://127.0.0.1:8080) or a Cloud Config endpoint"
                    + " (https://config.cn-shanghai.aliyuncs.com)")
    String endpoint;

    @Option(names = "--tags", description = "Cucumber tag expression, e.g. \"@v2020-09-07 and not @mutating\"")
    String tags;

    @Option(names = "--reports", defaultValue = "reports", description = "Report folder (default: ${DEFAULT-VALUE});"
            + " the reports are written beside it and moved into it when the run has finished.")
    Path reports;

    @Option(names = "--credentials", description = "Role file for a real endpoint (see docs/REAL-ENDPOINT.md: individual,"
            + " management, members, unauthorized; each with keys, a RAM role to assume, an OIDC token or a"
            + " credentials URI).")
    Path credentials;

    @Option(names = "--aliyun-profiles", description = "Roles from aliyun CLI profiles in ~/.aliyun/config.json,"
            + " as role=profile@AccountId (the profiles do not hold account IDs; unauthorized needs none), e.g."
            + " management=corp@1005320983490000,member=corp-member@1713220985231111,unauthorized=ram-user")
    String aliyunProfiles;

    @Option(names = "--allow-mutating", description = "On a real endpoint, also run scenarios that change account"
            + " state (@mutating); what they create is deleted and what they change is put back.")
    boolean allowMutating;

    @Option(names = "--threads", description = "Scenarios run at once (default: the number of cores against the"
            + " embedded emulator, " + REMOTE_THREADS + " against an emulator at a URL, where the run waits on the"
            + " network; always 1 against a real endpoint, whose accounts the scenarios share).")
    Integer threads;

    @Option(names = "--max-rate", defaultValue = "0", description = "Requests per second per account, for a service"
            + " with quotas (default: ${DEFAULT-VALUE}, not paced). Throttled answers are sent again in any case.")
    int maxRate;

    @Option(names = "--max-answer-bytes", defaultValue = "8388608", description = "The largest answer read, in bytes"
            + " (default: ${DEFAULT-VALUE}, 8 MiB); a larger one is given up at the cap, with a reason.")
    long maxAnswerBytes;

    @Option(names = "--allow-empty", description = "Exit 0 even when every scenario was skipped (by default such a"
            + " run tested nothing and exits 2).")
    boolean allowEmpty;

    @Option(names = "--strict", description = "Fail the run (exit 1) when a scenario DIFFERS, not only when one"
            + " FAILED: a real endpoint answered otherwise where only an assumption, contested page text or an SDK"
            + " model speaks.")
    boolean strict;

    @Option(names = "--resource-wait", defaultValue = "300", description = "Seconds a scenario waits for an account"
            + " group to be created or a recorder deployment to end before it goes on (default: ${DEFAULT-VALUE}).")
    int resourceWait;

    @Option(names = "--connect-timeout", defaultValue = "5", description = "Seconds (default: ${DEFAULT-VALUE}).")
    int connectTimeout;

    @Option(names = "--read-timeout", defaultValue = "20", description = "Seconds (default: ${DEFAULT-VALUE}).")
    int readTimeout;

    @Option(names = "--record", paramLabel = "DIR", description = "Record every exchange of every scenario into DIR,"
            + " one JSON file per scenario, volatile values as placeholders, secrets masked; an earlier recording"
            + " there is replaced when the run has tested something, and kept otherwise. `replay DIR` serves it,"
            + " `parity --baseline DIR` compares with it.")
    Path record;

    @Option(names = "--plan", description = "Run nothing: list every documented row and scenario this run would judge"
            + " and, for each it would not, the reason (a role, member accounts, --allow-mutating). Sends nothing to"
            + " the endpoint but the start-up probe.")
    boolean plan;

    /** Parity's recording: a folder of the report folder's staging area, published with the reports. */
    String recordWithReports;

    @CommandLine.Mixin
    RunSafety safety;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private long commandStarted;
    /** What the start-up probe found: the embedded emulator or an endpoint with the control API (checkEndpoint). */
    private boolean onEmulator = true;

    /** The process's start on the System.nanoTime() scale: the launching JVM's, when run was relaunched tuned. */
    private static long jvmStart() {
        long sinceStart = System.currentTimeMillis() - ShortRunJvm.processStartMillis();
        return System.nanoTime() - sinceStart * 1_000_000;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    @Override
    public Integer call() throws Exception {
        commandStarted = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (plan && record != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--plan runs nothing, so --record would"
                    + " record nothing");
        }
        setOptions();
        String problem = tagProblem();
        problem = problem != null ? problem : checkEndpoint();
        ReportFolder folder = null;
        RunRecording recording = RunRecording.none();
        try {
            folder = problem != null ? null : ReportFolder.beside(reports);
            recording = folder == null ? recording : RunRecording.of(record, recordWithReports, folder.staging());
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            if (folder != null) {
                folder.discard();
            }
        }
        if (problem != null) {
            err.println("run: " + problem);
            err.flush();
            return ExitCodes.USAGE;
        }
        if (plan) {
            folder.discard();
            return plan(out);
        }
        ReportFolder reportFolder = folder;
        RunRecording runRecording = recording;
        StopSignals.discardReports(() -> {
            boolean discarded = reportFolder.discard();
            if (discarded) {
                runRecording.discard();
            }
            return discarded;
        });
        try {
            return runScenarios(out, err, folder, recording);
        } finally {
            folder.discard(); // what an error left unfinished; nothing once the reports are in place
            recording.discard();
        }
    }

    private int runScenarios(PrintWriter out, PrintWriter err, ReportFolder folder, RunRecording recording)
            throws java.io.IOException {
        System.setProperty(EndpointUnderTest.PROPERTY, endpoint);
        int parallelism = threads != null ? threads
                : EndpointUnderTest.EMBEDDED.equals(endpoint) ? Runtime.getRuntime().availableProcessors()
                : REMOTE_THREADS;
        if (!EndpointUnderTest.current().isEmulator() && parallelism > 1) {
            out.println("run: one thread against a real endpoint: its scenarios share the configured accounts");
            parallelism = 1;
        }
        safety.begin(folder, new SweepAdvice(endpoint, credentials, aliyunProfiles));
        ScenarioSummary summary = new ScenarioSummary(out, System.console() != null && System.getenv("CI") == null);
        long endpointReady = System.nanoTime();
        Launcher launcher = LauncherFactory.create();
        TestPlan plan = launcher.discover(discoveryRequest(parallelism, folder.staging()));
        long discovered = System.nanoTime();
        launcher.execute(plan, summary);
        Optional<Integer> stopped = safety.stopped(folder, err);
        if (stopped.isPresent()) {
            return stopped.get();
        }
        long executed = System.nanoTime();
        Pacing pacing = RunPacing.current();
        RunTiming timing = new RunTiming(millis(jvmStart(), endpointReady), millis(jvmStart(), commandStarted),
                millis(commandStarted, endpointReady), millis(endpointReady, discovered), millis(discovered, executed),
                parallelism, HttpStats.exchanges(), HttpStats.httpMillis(), HttpStats.waitMillis(),
                summary.longestScenarioMillis(), pacing.throttledAnswers(), pacing.resentRequests(),
                RunTiming.processCpuMillis());
        out.println(timing.line(ShortRunJvm.relaunched()));
        String throttling = RunPacing.summary();
        if (!throttling.isEmpty()) {
            out.println("throttling: " + throttling);
        }
        String refusal = summary.total() == 0 ? "no scenario matches" + (tags == null ? "" : " --tags " + tags)
                : summary.executed() == 0 && !allowEmpty ? "nothing was tested: " + summary.total() + " skipped ("
                + summary.skipReasons() + "); --allow-empty accepts such a run" : null;
        if (refusal == null) { // a run that tested nothing leaves the report folder as it was
            timing.write(folder.staging());
            folder.publish();
        }
        recording.finish(refusal == null, out);
        summary.print(endpoint, refusal == null ? reports : null); // the last line: what CI logs look for first
        out.flush();
        if (safety.leftBehind(err, reports)) {
            return ExitCodes.FAILED;
        }
        if (refusal != null) {
            err.println("run: " + refusal);
            return ExitCodes.USAGE;
        }
        Optional<String> unwritten = ReportCheck.unwritten(reports);
        if (unwritten.isPresent()) {
            err.println("run: " + unwritten.get());
            return ExitCodes.USAGE;
        }
        boolean failed = summary.failed() > 0 || strict && summary.differs() > 0;
        return failed ? ExitCodes.FAILED : ExitCodes.PASSED;
    }

    private int plan(PrintWriter out) {
        AccountSource accounts = onEmulator ? null : ConfiguredAccounts.ofThisMachine(RunOptions.current());
        new RunPlan(RunPlan.discover(tags), onEmulator, allowMutating, accounts).print(out, endpoint, onEmulator);
        return ExitCodes.PASSED;
    }

    private void setOptions() {
        if (connectTimeout < 1 || connectTimeout > 600 || readTimeout < 1 || readTimeout > 600) {
            throw new CommandLine.ParameterException(spec.commandLine(), "timeouts are 1 to 600 seconds");
        }
        if (resourceWait < 1 || resourceWait > 3600) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--resource-wait is 1 to 3600 seconds");
        }
        safety.validate(spec.commandLine());
        if (threads != null && (threads < 1 || threads > 64)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads is 1 to 64");
        }
        System.setProperty(RunOptions.GUARDED_RUN, "true"); // the guards are this command's: it may verify a real endpoint
        System.setProperty(RunOptions.ALLOW_MUTATING, String.valueOf(allowMutating));
        System.setProperty(RunOptions.CONNECT_TIMEOUT, String.valueOf(connectTimeout));
        System.setProperty(RunOptions.READ_TIMEOUT, String.valueOf(readTimeout));
        System.setProperty(RunOptions.RESOURCE_WAIT, String.valueOf(resourceWait));
        if (maxRate < 0 || maxRate > 10_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-rate is 0 (none) to 10000 per second");
        }
        System.setProperty(RunOptions.MAX_RATE, String.valueOf(maxRate));
        if (maxAnswerBytes < 1024 || maxAnswerBytes > 1L << 30) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-answer-bytes is 1024 to 1073741824");
        }
        System.setProperty(HttpTransport.MAX_ANSWER_PROPERTY, String.valueOf(maxAnswerBytes));
        if (credentials != null) {
            System.setProperty(RunOptions.CREDENTIALS, credentials.toString());
        }
        if (aliyunProfiles != null) {
            System.setProperty(RunOptions.ALIYUN_PROFILES, aliyunProfiles);
        }
        System.clearProperty(Recorder.PROPERTY); // set once every option is checked (RunRecording)
    }

    private LauncherDiscoveryRequest discoveryRequest(int parallelism, Path folder) {
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

    /** Null when --tags is absent or a tag expression; otherwise the parser's reason, before anything runs. */
    private String tagProblem() {
        try {
            if (tags != null && !tags.isBlank()) {
                TagFilter.parse(tags);
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
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
        EmulatorControl.Probe probe = new EmulatorControl(uri, Duration.ofSeconds(connectTimeout)).probe();
        onEmulator = probe.presence() == EmulatorControl.Presence.EMULATOR;
        switch (probe.presence()) {
            case EMULATOR:
                return null;
            case UNREACHABLE:
                return probe.reason();
            default:
                return credentialsProblem();
        }
    }

    /** A real endpoint needs at least one configured account; their sources must be readable. */
    private String credentialsProblem() {
        try {
            ConfiguredAccounts accounts = ConfiguredAccounts.ofThisMachine(RunOptions.current());
            if (!accounts.isEmpty()) {
                accounts.verify();
            }
            return accounts.isEmpty() ? endpoint + " has no emulator control API, so it is verified as a real"
                    + " endpoint, which needs credentials: ALIBABA_CLOUD_ACCESS_KEY_ID and"
                    + " ALIBABA_CLOUD_ACCESS_KEY_SECRET with CONFORMANCE_ACCOUNT_ID, --credentials FILE or"
                    + " --aliyun-profiles" : null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
