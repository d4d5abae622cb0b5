package io.configconformance.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection of the load, as wrk keeps one per client thread: a GET is written once, its
 * answer read to the end (Content-Length or chunked), and the connection kept for the next request unless the server
 * closes it. A request whose connection fails is an error, never sent again. java.net.http, which the load used
 * before, sends a GET a second time when its pooled connection closes before any byte of the answer is read, and
 * closes such a connection itself when the answer arrives while its pool still watches it (JDK 17 and 25, measured:
 * BENCHMARKS.md): the second copy of a signed request carries a used nonce and was answered SignatureNonceUsed.
 */
final class KeepAliveConnection implements AutoCloseable {

    /** An answer: its status and its body as text. */
    record Answer(int status, String body) {
    }

    private final int connectMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(Duration connectTimeout) {
        this.connectMillis = (int) connectTimeout.toMillis();
    }

    /** Sends the GET once and reads its answer; on an I/O failure the connection is closed and the failure thrown. */
    Answer get(URI uri) throws IOException {
        try {
            if (socket == null) {
                open(uri);
            }
            String authority = uri.getHost() + ":" + uri.getPort();
            String target = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
            out.write(("GET " + (target.isEmpty() ? "/" : target) + " HTTP/1.1\r\nHost: " + authority
                    + "\r\nAccept: */*\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return readAnswer();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void open(URI uri) throws IOException {
        Socket opened = new Socket();
        opened.setTcpNoDelay(true);
        opened.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), connectMillis);
        socket = opened;
        in = new BufferedInputStream(opened.getInputStream());
        out = opened.getOutputStream();
    }

    private Answer readAnswer() throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.1 status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = parts[0].equals("HTTP/1.0");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> closes = value.contains("close");
                default -> { }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                 size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                copy(size, body);
                line();
            }
            while (!line().isEmpty()) { // trailers
            }
        } else if (length >= 0) {
            copy(length, body);
        } else {
            in.transferTo(body); // the answer ends with the connection
            closes = true;
        }
        if (closes) {
            close();
        }
        return new Answer(status, body.toString(StandardCharsets.UTF_8));
    }

    private void copy(long count, ByteArrayOutputStream to) throws IOException {
        byte[] bytes = in.readNBytes((int) count);
        if (bytes.length < count) {
            throw new EOFException("the connection closed in the middle of an answer");
        }
        to.write(bytes);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException(line.isEmpty() ? "the connection closed before an answer"
                        : "the connection closed in the middle of an answer");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all that was left to do with it
            }
            socket = null;
        }
    }
}
