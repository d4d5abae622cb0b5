package io.configconformance.cli;

import io.configconformance.client.EmulatorControl;
import io.configconformance.suite.ConfiguredAccounts;
import io.configconformance.suite.EndpointUnderTest;
import io.configconformance.suite.RunOptions;
import java.net.URI;
import java.time.Duration;
import picocli.CommandLine;

/**
 * What {@code run} checks before anything runs, so that bad options or an unusable endpoint end at once with one line
 * saying why: the options' ranges (bad usage), the tag expression, the endpoint's start-up probe and, for a real
 * endpoint, that credentials are configured and readable.
 */
final class RunChecks {

    private final RunCommand run;
    /** What the start-up probe found: the embedded emulator or an endpoint with the control API. */
    private boolean onEmulator = true;

    RunChecks(RunCommand run) {
        this.run = run;
    }

    /** Throws picocli's ParameterException (bad usage, exit 2) for an option out of its range. */
    void optionsInRange() {
        CommandLine commandLine = run.spec.commandLine();
        if (run.plan && run.record != null) {
            throw new CommandLine.ParameterException(commandLine, "--plan runs nothing, so --record would record"
                    + " nothing");
        }
        if (run.connectTimeout < 1 || run.connectTimeout > 600 || run.readTimeout < 1 || run.readTimeout > 600) {
            throw new CommandLine.ParameterException(commandLine, "timeouts are 1 to 600 seconds");
        }
        if (run.resourceWait < 1 || run.resourceWait > 3600) {
            throw new CommandLine.ParameterException(commandLine, "--resource-wait is 1 to 3600 seconds");
        }
        run.safety.validate(commandLine);
        if (run.threads != null && (run.threads < 1 || run.threads > 64)) {
            throw new CommandLine.ParameterException(commandLine, "--threads is 1 to 64");
        }
        if (run.maxRate < 0 || run.maxRate > 10_000) {
            throw new CommandLine.ParameterException(commandLine, "--max-rate is 0 (none) to 10000 per second");
        }
        if (run.maxAnswerBytes < 1024 || run.maxAnswerBytes > 1L << 30) {
            throw new CommandLine.ParameterException(commandLine, "--max-answer-bytes is 1024 to 1073741824");
        }
    }

    /** Null when the tags and the endpoint can be used; otherwise the one-line reason. */
    String problem(RunOptions options) {
        String problem = tagProblem();
        return problem != null ? problem : endpointProblem(options);
    }

    /** Whether the start-up probe found the embedded emulator or an endpoint with the control API. */
    boolean onEmulator() {
        return onEmulator;
    }

    /** Null when --tags is absent or a tag expression; otherwise the parser's reason, before anything runs. */
    private String tagProblem() {
        try {
            if (run.tags != null && !run.tags.isBlank()) {
                TagFilter.parse(run.tags);
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private String endpointProblem(RunOptions options) {
        String endpoint = run.endpoint;
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
        EmulatorControl.Probe probe = new EmulatorControl(uri, Duration.ofSeconds(run.connectTimeout)).probe();
        onEmulator = probe.presence() == EmulatorControl.Presence.EMULATOR;
        switch (probe.presence()) {
            case EMULATOR:
                return null;
            case UNREACHABLE:
                return probe.reason();
            default:
                return credentialsProblem(options);
        }
    }

    /** A real endpoint needs at least one configured account; their sources must be readable. */
    private String credentialsProblem(RunOptions options) {
        try {
            ConfiguredAccounts accounts = ConfiguredAccounts.ofThisMachine(options);
            if (!accounts.isEmpty()) {
                accounts.verify();
            }
            return accounts.isEmpty() ? run.endpoint + " has no emulator control API, so it is verified as a real"
                    + " endpoint, which needs credentials: ALIBABA_CLOUD_ACCESS_KEY_ID and"
                    + " ALIBABA_CLOUD_ACCESS_KEY_SECRET with CONFORMANCE_ACCOUNT_ID, --credentials FILE or"
                    + " --aliyun-profiles" : null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
