package io.configconformance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's load sends every request once. A server that reads a request and then closes the connection without
 * answering (as a server that served it and lost the answer would look to the client) must see that request once:
 * java.net.http sent such a GET a second time, which the emulator rightly refused as a used nonce.
 */
class LoadGeneratorTest {

    private ScriptedServer server;

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aRequestWhoseConnectionClosesBeforeItsAnswerIsCountedAndNotSentAgain() throws Exception {
        server = new ScriptedServer(n -> n == 2 ? null : "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");

        LoadResult result = new LoadGenerator(1).forRequests(4, numbered());

        assertEquals(List.of("GET /?n=1 HTTP/1.1", "GET /?n=2 HTTP/1.1", "GET /?n=3 HTTP/1.1", "GET /?n=4 HTTP/1.1"),
                server.requestLines);
        assertEquals(1, result.errors());
        assertEquals(3, result.requests(), "three answered requests");
        assertTrue(result.firstError().contains("closed before an answer"), result.firstError());
        assertEquals(2, server.connections.get(), "a new connection after the one that closed, no other");
    }

    @Test
    void answersFramedByLengthOrInChunksShareOneConnectionAndANon2xxIsCountedWithItsBody() throws Exception {
        server = new ScriptedServer(n -> switch (n) {
            case 1 -> "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n";
            case 2 -> "HTTP/1.1 400 Bad Request\r\nContent-Length: 30\r\n\r\n{\"Code\":\"SignatureNonceUsed\"}\n";
            default -> "HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n";
        });

        LoadResult result = new LoadGenerator(1).forRequests(3, numbered());

        assertEquals(3, server.requestLines.size());
        assertEquals(1, server.connections.get(), "keep-alive across both framings");
        assertEquals(1, result.errors());
        assertTrue(result.firstError().startsWith("HTTP 400 {\"Code\":\"SignatureNonceUsed\"}"), result.firstError());
    }

    private Supplier<URI> numbered() {
        AtomicInteger next = new AtomicInteger();
        return () -> URI.create("http://127.0.0.1:" + server.port() + "/?n=" + next.incrementAndGet());
    }

    /**
     * A loopback HTTP/1.1 server that records each request line and answers the n-th request it reads (1-based) by
     * script: the answer's bytes, or null to hang up without answering. One connection at a time.
     */
    private static final class ScriptedServer implements AutoCloseable {

        final List<String> requestLines = new CopyOnWriteArrayList<>();
        final AtomicInteger connections = new AtomicInteger();
        private final ServerSocket socket;
        private final IntFunction<String> script;

        ScriptedServer(IntFunction<String> script) throws IOException {
            this.script = script;
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::accept, "scripted-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void accept() {
            try {
                while (true) {
                    Socket connection = socket.accept();
                    connections.incrementAndGet();
                    serve(connection); // one connection at a time: the load here has one thread
                }
            } catch (IOException closed) {
                // the test is over
            }
        }

        private void serve(Socket connection) {
            try (connection) {
                BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                        StandardCharsets.ISO_8859_1));
                OutputStream out = connection.getOutputStream();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    requestLines.add(line);
                    while (!in.readLine().isEmpty()) { // the request's headers; a GET has no body
                    }
                    String answer = script.apply(requestLines.size());
                    if (answer == null) {
                        return; // read, then hung up without a byte of answer
                    }
                    out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            } catch (IOException clientGone) {
                // the next connection is served
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
