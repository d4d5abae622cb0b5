package io.configconformance.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * A loopback stand-in in front of an emulator: it hands each request on to the emulator and its answer back, except
 * for the first request whose request line {@code loses} names, which it treats as {@link Loss} says; every other
 * answer, the emulator's SignatureNonceUsed to a second copy included, it hands back. HTTP/1.1 keep-alive, each
 * connection on its own thread.
 */
public final class AnswerLosingProxy implements AutoCloseable {

    /** What becomes of the marked request. */
    public enum Loss {
        /** Handed on (the emulator acts), its answer thrown away, the connection hung up on without a byte. */
        AFTER_ACTING,
        /** Hung up on before it is handed on, as a server that closed an idle connection as the request left. */
        BEFORE_ACTING,
        /** Handed on twice, as a middlebox sending it again, and answered with the second copy's answer. */
        SENT_TWICE
    }

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade");

    /** Every request line received, in order. */
    public final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final ServerSocket socket;
    private final URI target;
    private final Predicate<String> loses;
    private final Loss loss;
    private final AtomicBoolean done = new AtomicBoolean();
    private final HttpClient forward = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public AnswerLosingProxy(URI target, Predicate<String> loses, Loss loss) throws IOException {
        this.target = target;
        this.loses = loses;
        this.loss = loss;
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** How many times this exact request line (its nonce included) arrived. */
    public long copiesOf(String requestLine) {
        return requestLines.stream().filter(requestLine::equals).count();
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "answer-losing-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    private void accept() {
        try {
            while (true) {
                Socket connection = socket.accept();
                daemon(() -> serve(connection));
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                requestLines.add(line);
                HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(line.split(" ")[1]));
                int length = 0;
                for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                    String name = header.substring(0, header.indexOf(':')).trim();
                    String value = header.substring(header.indexOf(':') + 1).trim();
                    if (name.equalsIgnoreCase("content-length")) {
                        length = Integer.parseInt(value);
                    }
                    if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                        request.header(name, value);
                    }
                }
                byte[] body = in.readNBytes(length);
                request.method(line.split(" ")[0], length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
                boolean marked = loses.test(line) && done.compareAndSet(false, true);
                if (marked && loss == Loss.BEFORE_ACTING) {
                    return;
                }
                HttpResponse<byte[]> answer = forward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (marked && loss == Loss.AFTER_ACTING) {
                    return; // the emulator acted; its answer is dropped and the connection hung up on
                }
                if (marked) {
                    answer = forward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                }
                out.write(("HTTP/1.1 " + answer.statusCode() + " X\r\nContent-Type: "
                        + answer.headers().firstValue("content-type").orElse("application/json")
                        + "\r\nContent-Length: " + answer.body().length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(answer.body());
                out.flush();
            }
        } catch (IOException | InterruptedException | RuntimeException gone) {
            // the client hung up, or the test is over
        }
    }

    /** One CRLF-terminated line, without it; null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
