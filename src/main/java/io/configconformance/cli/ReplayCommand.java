package io.configconformance.cli;

import io.configconformance.recording.ReplayServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

    @CommandLine.Mixin
    Listening listening;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!listening.portIsValid()) {
            err.println("replay: --port must be 0-65535");
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(dir)) {
            err.println("replay: " + dir + " is not a folder");
            return ExitCodes.USAGE;
        }
        ReplayServer replay;
        try {
            replay = ReplayServer.start(dir, listening.host, listening.port);
        } catch (IllegalArgumentException e) {
            err.println("replay: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            err.println("replay: cannot listen on " + listening.host + ":" + listening.port + ": "
                    + Listening.rootMessage(e));
            return ExitCodes.USAGE;
        }
        out.println("Replaying " + replay.scenarios() + " scenarios (" + replay.exchanges() + " exchanges) from " + dir
                + " on " + replay.baseUri());
        out.flush();
        Listening.serveUntilStopped(replay, "replay");
        return ExitCodes.PASSED;
    }
}
