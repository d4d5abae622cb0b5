package io.configconformance.client;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback server whose answers have no useful end: a declared length of gigabytes, a chunked answer that never
 * stops, a body that drips a byte at a time. Zeros are written as they are asked for, never held, until the client
 * gives up or the server is closed.
 */
public final class EndlessAnswers implements AutoCloseable {

    public static final long TWO_GIB = 2L << 30;
    private final HttpServer server;
    private volatile boolean serving = true;

    public EndlessAnswers() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** Answers the path (and all below it) with the handler, in place of what answered it before. */
    public EndlessAnswers answer(String path, HttpHandler handler) {
        try {
            server.removeContext(path);
        } catch (IllegalArgumentException none) {
            // nothing answered it yet
        }
        server.createContext(path, handler);
        return this;
    }

    /** Zeros until the length, the client gone, or the server closed; a pause between writes drips them. */
    public void stream(OutputStream body, long length, long pauseMillis) {
        byte[] chunk = new byte[pauseMillis > 0 ? 1 : 64 * 1024];
        try (body) {
            for (long sent = 0; sent < length && serving; sent += chunk.length) {
                body.write(chunk, 0, (int) Math.min(chunk.length, length - sent));
                if (pauseMillis > 0) {
                    body.flush();
                    TimeUnit.MILLISECONDS.sleep(pauseMillis); // the drip itself, not a wait for the test
                }
            }
        } catch (IOException | InterruptedException clientGone) {
            // the client gave the answer up, as it should
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Override
    public void close() {
        serving = false;
        server.stop(0);
    }
}
