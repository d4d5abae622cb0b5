package io.configconformance.cli;

import io.configconformance.ProductVersion;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.emulator.state.Account;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Serves the emulator until stopped, printing its URL and the default accounts. Their credentials are fixed emulator
 * credentials, the same on every start and listed in README.md, not secrets of any real account.
 */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = "Start the Cloud Config emulator and serve until stopped (Ctrl-C).")
final class EmulatorCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

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
        if (port < 0 || port > 65535 || transitionMillis < 0 || transitionMillis > 3_600_000
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
            emulator = new Emulator(new EmulatorSettings(host, port, Duration.ofMillis(transitionMillis),
                    EmulatorSettings.DEFAULT_TOLERANCE).withLatency(Duration.ofMillis(latencyMillis))
                    .withRateLimit(rateLimit).withControlToken(controlToken)).start();
        } catch (RuntimeException e) {
            err.println("emulator: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "emulator-stop"));
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
        stopped.await();
        return ExitCodes.PASSED;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
