package io.configconformance.cli;

import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Option;

/**
 * Where a serving command listens ({@code --host}, {@code --port}), and its life: it serves until the process is
 * stopped (Ctrl-C), then closes what it served.
 */
final class Listening {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    boolean portIsValid() {
        return port >= 0 && port <= 65535;
    }

    /** Blocks until the process is stopped; the server is closed on the way out. */
    static void serveUntilStopped(AutoCloseable server, String name) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println(name + ": " + e.getMessage());
            }
            stopped.countDown();
        }, name + "-stop"));
        stopped.await();
    }

    /** The innermost cause, for a one-line reason. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
