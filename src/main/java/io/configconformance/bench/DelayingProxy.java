package io.configconformance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A loopback TCP proxy that hands on every chunk it reads, either way, a fixed time after it arrived: the network
 * between the suite and a distant emulator, where control calls are as far away as API calls (the emulator's own
 * {@code --latency-ms} delays only the API's answers). A connection's first bytes also wait for the handshake's round
 * trip. Chunks keep their order and do not wait for one another: 25 ms each way is a 50 ms round trip, not a bandwidth
 * limit. For the benchmark only: one thread per direction and connection.
 */
final class DelayingProxy implements AutoCloseable {

    private static final byte[] END = new byte[0];

    /** Bytes read at one moment, to be written at another. */
    private record Chunk(long deliverAt, byte[] bytes) {
    }

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final long oneWayNanos;
    private final AtomicInteger connections = new AtomicInteger();

    DelayingProxy(URI target, Duration oneWay) throws IOException {
        this.target = new InetSocketAddress(target.getHost(), target.getPort());
        this.oneWayNanos = oneWay.toNanos();
        this.server = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
        daemon("delaying-proxy-accept", this::accept).start();
    }

    /** The proxy's address, in place of the target's. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Connections opened through the proxy so far. */
    int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                try {
                    upstream.connect(target);
                } catch (IOException unreachable) {
                    closeQuietly(client); // the client sees the target's refusal as a closed connection
                    continue;
                }
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                connections.incrementAndGet();
                long accepted = System.nanoTime();
                AtomicInteger open = new AtomicInteger(2);
                pipe(client, upstream, accepted + 2 * oneWayNanos, open);
                pipe(upstream, client, accepted, open);
            } catch (IOException e) {
                if (server.isClosed()) {
                    return; // closed by close(); any other failure ends only that connection
                }
            }
        }
    }

    /** Reads {@code from} and writes {@code to} one delay later, never before {@code notBefore} (nanoTime). */
    private void pipe(Socket from, Socket to, long notBefore, AtomicInteger open) {
        BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        daemon("delaying-proxy-read", () -> read(from, queue, notBefore)).start();
        daemon("delaying-proxy-write", () -> write(queue, from, to, open)).start();
    }

    private void read(Socket from, BlockingQueue<Chunk> queue, long notBefore) {
        byte[] buffer = new byte[16384];
        try {
            InputStream in = from.getInputStream(); // not closed here: that would close the socket both ways
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                long now = System.nanoTime();
                long sent = now - notBefore < 0 ? notBefore : now; // nanoTime may be negative: compare differences
                queue.add(new Chunk(sent + oneWayNanos, Arrays.copyOf(buffer, n)));
            }
        } catch (IOException e) {
            // reset or closed: what was read is still delivered, then the other side sees the end
        }
        queue.add(new Chunk(System.nanoTime() + oneWayNanos, END));
    }

    private void write(BlockingQueue<Chunk> queue, Socket from, Socket to, AtomicInteger open) {
        try {
            OutputStream out = to.getOutputStream();
            for (Chunk chunk = queue.take(); chunk.bytes() != END; chunk = queue.take()) {
                waitUntil(chunk.deliverAt());
                out.write(chunk.bytes());
                out.flush();
            }
            to.shutdownOutput(); // a half-close is handed on as one: an HTTP server may still answer
        } catch (IOException e) {
            closeQuietly(from); // the far side is gone: stop reading for it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (open.decrementAndGet() == 0) {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** The delay is the simulated network itself, so this waits on the clock. */
    private static void waitUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is best effort: the connection is over either way
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
