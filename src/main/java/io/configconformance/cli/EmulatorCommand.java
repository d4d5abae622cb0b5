package io.configconformance.cli;

import io.configconformance.ProductVersion;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.emulator.state.Account;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Serves the emulator until stopped, printing its URL and the default accounts. Their credentials are fixed emulator
 * credentials, the same on every start and listed in docs/EMULATOR.md, not secrets of any real account.
 */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = "Start the Cloud Config emulator and serve until stopped (Ctrl-C).")
final class EmulatorCommand implements Callable<Integer> {

    @CommandLine.Mixin
    Listening listening;

    @Option(names = "--transition-ms", defaultValue = "1500",
            description = "How long recorder deployments (BUILDING, REBUILDING) last, in ms (default: ${DEFAULT-VALUE}).")
    long transitionMillis;

    @Option(names = "--latency-ms", defaultValue = "0", description = "Added to every answer, in ms, as a distant"
            + " service would be (default: ${DEFAULT-VALUE}; per account: PUT /__emulator/accounts/{id}/settings).")
    long latencyMillis;

    @Option(names = "--rate-limit", defaultValue = "0", description = "Requests per second one AccessKeyId may send;"
            + " beyond it the gateway answers Throttling.User (default: ${DEFAULT-VALUE}, no limit).")
    int rateLimit;

    @Option(names = "--control-token", description = "Token the control API requires (Authorization: Bearer ...); "
            + "by default none on a loopback address and a random one, printed below, on any other.")
    String controlToken;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!listening.portIsValid() || transitionMillis < 0 || transitionMillis > 3_600_000
                || latencyMillis < 0 || latencyMillis > 3_600_000 || rateLimit < 0 || rateLimit > 100_000) {
            err.println("emulator: --port must be 0-65535, --transition-ms and --latency-ms 0-3600000,"
                    + " --rate-limit 0-100000");
            return ExitCodes.USAGE;
        }
        if (controlToken != null && !controlToken.matches("[\\x21-\\x7E]{16,256}")) {
            err.println("emulator: --control-token must be 16 to 256 visible ASCII characters");
            return ExitCodes.USAGE;
        }
        Emulator emulator;
        try {
            emulator = new Emulator(new EmulatorSettings(listening.host, listening.port,
                    Duration.ofMillis(transitionMillis), EmulatorSettings.DEFAULT_TOLERANCE)
                    .withLatency(Duration.ofMillis(latencyMillis)).withRateLimit(rateLimit)
                    .withControlToken(controlToken)).start();
        } catch (RuntimeException e) {
            err.println("emulator: cannot listen on " + listening.host + ":" + listening.port + ": "
                    + Listening.rootMessage(e));
            return ExitCodes.USAGE;
        }
        out.println("Cloud Config emulator " + ProductVersion.text() + " listening on " + emulator.baseUri());
        out.println("API versions 2019-01-08 and 2020-09-07; control API at " + emulator.baseUri() + "/__emulator/");
        if (latencyMillis > 0 || rateLimit > 0) {
            out.println("Answers wait " + latencyMillis + " ms; rate limit "
                    + (rateLimit > 0 ? rateLimit + " requests per second per AccessKeyId" : "none"));
        }
        emulator.controlToken().ifPresentOrElse(
                token -> out.println("Control API token (send as Authorization: Bearer <token>): " + token),
                () -> out.println("Control API without token (loopback): requests from other sites are refused"));
        out.println("Default accounts (fixed emulator credentials):");
        out.printf("  %-12s %-18s %-26s %s%n", "Role", "AccountId", "AccessKeyId", "AccessKeySecret");
        for (Account account : emulator.state().accounts().all()) {
            out.printf("  %-12s %-18d %-26s %s%n", account.role().wireName(), account.accountId(),
                    account.accessKeyId(), account.accessKeySecret());
        }
        out.flush();
        Listening.serveUntilStopped(emulator, "emulator");
        return ExitCodes.PASSED;
    }
}
