package io.configconformance.client;

import io.configconformance.report.SentSecrets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

/**
 * A run's wire: java.net.http over HTTP/1.1, one connection pool per connect timeout for all the run's clients (not
 * one per request or per client), the run's cap on an answer's size and the run's {@link WireTap}. A run's
 * {@link Pacing} holds its one transport; a client on its own gets one of its own ({@link #standalone()}). The read
 * timeout bounds the whole answer, body included, so an endpoint that stalls half-way through a body cannot hang a
 * scenario. The thread that keeps those read deadlines is the transport's ({@link DeadlineTimer}): started by its first
 * exchange, stopped by {@link #close()}.
 * (The suite sent its requests through REST Assured until its per-request cost was measured: BENCHMARKS.md.)
 */
public final class HttpTransport implements AutoCloseable {

    static {
        // Pooled connections are dropped before common server idle timeouts (Jetty's 30 s) can race a new request.
        if (System.getProperty("jdk.httpclient.keepalive.timeout") == null) {
            System.setProperty("jdk.httpclient.keepalive.timeout", "15");
        }
    }

    /** The Maven route's -D for run's --max-answer-bytes (the jar's run passes the option to its run directly). */
    public static final String MAX_ANSWER_PROPERTY = "conformance.max-answer-bytes";
    /** Far above any answer of the API (a list of 200 account groups is some 100 KiB), far below the heap. */
    public static final long DEFAULT_MAX_ANSWER_BYTES = 8L << 20;

    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();
    private final long maxAnswerBytes;
    private final WireTap tap;
    private final DeadlineTimer deadlines = new DeadlineTimer();
    private final SentSecrets secrets;

    /**
     * A run's transport: answers of at most {@code maxAnswerBytes}, every exchange told to {@code tap}, every secret
     * sent registered in {@code secrets}, the run's.
     */
    public HttpTransport(long maxAnswerBytes, WireTap tap, SentSecrets secrets) {
        this.maxAnswerBytes = maxAnswerBytes;
        this.tap = tap;
        this.secrets = secrets;
    }

    /** The transport of a client that belongs to no run: the default cap, nothing listening, secrets of its own. */
    public static HttpTransport standalone() {
        return new HttpTransport(DEFAULT_MAX_ANSWER_BYTES, WireTap.NONE, new SentSecrets());
    }

    /**
     * This transport's client for a connect timeout. Every java.net.http client of the suite comes from a transport,
     * so the keep-alive setting above is in place before the JDK reads it, once, with the first client of the JVM.
     */
    HttpClient client(Duration connect) {
        return clients.computeIfAbsent(connect, timeout -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build());
    }

    /** An answer as received: status, headers (names in lower case), body bytes. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body) {
    }

    /**
     * Sends one request and waits at most {@code read} for the complete answer, of at most {@link #maxAnswerBytes()}. The Host header is the URI's
     * authority, as {@link ConfigClient#authority(URI)} signs it; any other header is sent as given.
     */
    Answer send(String method, URI uri, Map<String, String> headers, byte[] body, Duration connect,
                       Duration read) throws IOException {
        HttpClient http = client(connect);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("host")) {
                request.header(name, value);
            }
        });
        ReadDeadline deadline = new ReadDeadline(deadlines, Thread.currentThread(), read);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), BoundedBody.handler(maxAnswerBytes()));
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            BoundedBody.TooLarge tooLarge = BoundedBody.cause(e);
            throw tooLarge != null ? tooLarge : SecondCopy.closedBeforeAnswer(e);
        } catch (InterruptedException e) {
            if (deadline.passed()) {
                throw new HttpTimeoutException("no complete answer within the read timeout of " + read.toMillis()
                        + " ms");
            }
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the answer", e);
        } finally {
            deadline.close();
        }
    }

    long maxAnswerBytes() {
        return maxAnswerBytes;
    }

    /** The secrets sent through this transport, registered before they leave: what its writers mask. */
    SentSecrets secrets() {
        return secrets;
    }

    /** Who listens to this transport's exchanges. */
    WireTap tap() {
        return tap;
    }

    /** The thread this transport's read deadlines last ran on, or null before its first exchange. */
    Thread deadlineThread() {
        return deadlines.lastThread();
    }

    /** Stops the thread of this transport's read deadlines (its next exchange, if any, would start it again). */
    @Override
    public void close() {
        deadlines.close();
    }

    /**
     * Interrupts the sending thread when the read timeout passes; {@code HttpClient.send} then gives up and cancels
     * the exchange. (Waiting on {@code sendAsync(...).get(timeout)} instead costs one more thread hand-off per
     * exchange, 10 to 15% of a warm exchange with the emulator.)
     */
    static final class ReadDeadline {

        private final Thread sender;
        private final ScheduledFuture<?> timer;
        private boolean passed;
        private boolean closed;

        ReadDeadline(DeadlineTimer deadlines, Thread sender, Duration read) {
            this.sender = sender;
            this.timer = deadlines.schedule(this::pass, read);
        }

        private synchronized void pass() {
            if (!closed) {
                passed = true;
                sender.interrupt();
            }
        }

        synchronized boolean passed() {
            return passed;
        }

        /** After this the timer can no longer interrupt; an interrupt of its that came too late is cleared. */
        void close() {
            timer.cancel(false);
            synchronized (this) {
                closed = true;
                if (passed) {
                    Thread.interrupted();
                }
            }
        }
    }
}
