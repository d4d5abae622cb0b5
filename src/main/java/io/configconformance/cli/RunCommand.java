package io.configconformance.cli;

import io.configconformance.report.SentSecrets;
import io.configconformance.suite.AccountSource;
import io.configconformance.suite.ConfiguredAccounts;
import io.configconformance.suite.EndpointUnderTest;
import io.configconformance.suite.RunContext;
import io.configconformance.suite.RunOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
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
final class RunCommand implements Callable<Integer>, SendsSecrets {

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

    @CommandLine.ParentCommand
    Main launcher;

    /** The stop of the command that started this run when that is not its parent ({@code parity}'s). */
    StopSignals signals;
    /** The secrets of this command's run, once it has one. */
    private SentSecrets secrets = new SentSecrets();

    @Override
    public SentSecrets sentSecrets() {
        return secrets;
    }

    @Override
    public Integer call() throws Exception {
        RunClock clock = new RunClock();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunChecks checks = new RunChecks(this);
        checks.optionsInRange();
        RunOptions options = options();
        String problem = checks.problem(options);
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
        if (problem != null) { // it may quote the endpoint (the JDK quotes a malformed status line whole): data
            new DataLines(err, sentSecrets()).println("run: " + problem); // flushes err: DataLines flushes each line
            return ExitCodes.USAGE;
        }
        if (plan) {
            folder.discard();
            AccountSource accounts = checks.onEmulator() ? null : ConfiguredAccounts.ofThisMachine(options);
            new RunPlan(RunPlan.discover(tags), checks.onEmulator(), allowMutating, accounts)
                    .print(out, endpoint, checks.onEmulator());
            return ExitCodes.PASSED;
        }
        ReportFolder reportFolder = folder;
        RunRecording runRecording = recording;
        StopSignals stop = signals != null ? signals : Main.signalsOf(launcher);
        stop.discardReports(() -> {
            boolean discarded = reportFolder.discard();
            if (discarded) {
                runRecording.discard();
            }
            return discarded;
        });
        // the guards a real endpoint needs are this command's, so its run may verify one
        try (RunContext context = RunContext.of(endpoint, options, true, recording.folder(), maxAnswerBytes)) {
            secrets = context.secrets();
            return runScenarios(stop, context, clock, out, err, folder, recording);
        } finally {
            folder.discard(); // what an error left unfinished; nothing once the reports are in place
            recording.discard();
        }
    }

    /** The run's options, as the command line gave them. */
    private RunOptions options() {
        return new RunOptions(allowMutating, Optional.ofNullable(credentials), Optional.ofNullable(aliyunProfiles),
                Duration.ofSeconds(connectTimeout), Duration.ofSeconds(readTimeout), Duration.ofSeconds(resourceWait),
                maxRate);
    }

    private int runScenarios(StopSignals stop, RunContext context, RunClock clock, PrintWriter out, PrintWriter err,
                             ReportFolder folder, RunRecording recording) throws IOException {
        int parallelism = threads != null ? threads
                : EndpointUnderTest.EMBEDDED.equals(endpoint) ? Runtime.getRuntime().availableProcessors()
                : REMOTE_THREADS;
        if (!context.endpoint().isEmulator() && parallelism > 1) {
            out.println("run: one thread against a real endpoint: its scenarios share the configured accounts");
            parallelism = 1;
        }
        safety.begin(stop, context, folder, new SweepAdvice(endpoint, credentials, aliyunProfiles));
        ScenarioSummary summary = new ScenarioSummary(out, System.console() != null && System.getenv("CI") == null,
                context.secrets());
        clock.endpointReady();
        ScenarioLaunch launch = new ScenarioLaunch(context);
        launch.discover(tags, parallelism, folder.staging());
        clock.discovered();
        launch.execute(summary);
        Optional<Integer> stopped = safety.stopped(folder, err);
        if (stopped.isPresent()) {
            return stopped.get();
        }
        clock.executed();
        RunEnding ending = new RunEnding(this, context, summary);
        return ending.end(ending.timing(clock, parallelism), folder, recording, out, err);
    }
}
