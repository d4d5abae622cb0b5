package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.Credentials;
import io.configconformance.protocol.ApiVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The emulator's heap stays bounded under compressed bodies that inflate without end: the jar in a JVM of 64 MiB that
 * exits on OutOfMemoryError gets eight 1 MB gzip bodies at once (each 1 GiB inflated; half with a Content-Length, half
 * chunked), refuses each with 413 in the envelope, and then answers a normal call. Unbounded, one such body took the
 * heap to 6 GiB.
 */
class SmallHeapEmulatorIT {

    @Test
    void gzipBombsDoNotExhaustASmallHeap() throws Exception {
        JarProcess.Emulator emulator = JarProcess.startEmulator(List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"),
                "--port", "0");
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            int port = emulator.port();
            byte[] bomb = gzippedZeros(1L << 30);
            assertTrue(bomb.length < 1_100_000, "about 1 MB on the wire: " + bomb.length);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                boolean chunked = i % 2 == 1;
                answers.add(senders.submit(() -> send(port, bomb, chunked)));
            }
            for (Future<String> answer : answers) {
                String text = answer.get(120, TimeUnit.SECONDS);
                assertTrue(text.startsWith("HTTP/1.1 413"), text);
                assertTrue(text.contains("\"Code\":\"RequestTooLarge\""), text);
            }
            ApiResponse normal = new ConfigClient(ClientSettings.defaults(URI.create(emulator.url()),
                    Credentials.of(emulator.accessKeyId(), emulator.accessKeySecret()))
                    .withVersion(ApiVersion.V2020_09_07)).getConfigurationRecorder();
            assertEquals(200, normal.status(), normal.body());
            assertTrue(emulator.process().isAlive(), "the emulator did not run out of memory");
        } finally {
            senders.shutdownNow();
            emulator.stop();
        }
    }

    private static String send(int port, byte[] bomb, boolean chunked) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            String framing = chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + bomb.length + "\r\n";
            out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Encoding: gzip\r\nConnection: close\r\n" + framing + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                if (chunked) {
                    for (int at = 0; at < bomb.length; at += 65_536) {
                        int length = Math.min(65_536, bomb.length - at);
                        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(bomb, at, length);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(bomb);
                }
                out.flush();
            } catch (IOException refusedEarly) {
                // the emulator may answer and close before the whole body is sent: its answer is still there to read
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] gzippedZeros(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16)) {
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < size; written += block.length) {
                gzip.write(block);
            }
        }
        return out.toByteArray();
    }
}
