package io.configconformance.cli;

import io.configconformance.recording.ReplayServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Serves a recording ({@code run --record DIR}) as an endpoint until stopped, so that the suite, or any client, runs
 * offline against what a service once answered. Each run of the suite against it needs a fresh start: identical
 * requests are answered in recorded order.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Serve a recording (run --record DIR) as an endpoint until stopped (Ctrl-C).")
final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The recording's folder.")
    Path dir;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("replay: --port must be 0-65535");
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(dir)) {
            err.println("replay: " + dir + " is not a folder");
            return ExitCodes.USAGE;
        }
        ReplayServer replay;
        try {
            replay = ReplayServer.start(dir, host, port);
        } catch (IllegalArgumentException e) {
            err.println("replay: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            err.println("replay: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            replay.close();
            stopped.countDown();
        }, "replay-stop"));
        out.println("Replaying " + replay.scenarios() + " scenarios (" + replay.exchanges() + " exchanges) from " + dir
                + " on " + replay.baseUri());
        out.flush();
        stopped.await();
        return ExitCodes.PASSED;
    }
}
