package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `run`'s one line when its start-up probe fails quotes what the JDK says of the answer, and the JDK quotes a malformed
 * status line whole: an endpoint's control sequences are printed as their escapes there too, one line.
 */
class RunProbeLineTest {

    @Test
    void aStatusLineWithControlSequencesIsQuotedAsData() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> answerEveryone(server,
                    "HTTP/1.1 2x0 \u001b]0;pwned\u0007\u001b[2J\nrun: all passed\r\n\r\n"), "hostile-status-line");
            answering.setDaemon(true);
            answering.start();
            JarProcess.Result run = CommandInThisJvm.run("run", "--endpoint",
                    "http://127.0.0.1:" + server.getLocalPort(), "--connect-timeout", "5");
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
            List<String> lines = run.stderr().lines().toList();
            assertEquals(1, lines.size(), run.toString());
            assertTrue(lines.get(0).startsWith("run: "), run.toString());
            assertFalse(run.stderr().contains("\u001b") || run.stderr().contains("\u0007"), run.toString());
            assertTrue(lines.get(0).contains("\\x1b]0;pwned\\x07\\x1b[2J"), run.toString());
        }
    }

    private static void answerEveryone(ServerSocket server, String answer) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                byte[] request = new byte[8192];
                int read = in.read(request); // the request's head, in one read on loopback
                if (read > 0) {
                    OutputStream out = socket.getOutputStream();
                    out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            } catch (IOException closed) {
                return;
            }
        }
    }
}
