package io.configconformance.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.EmulatorControl;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.emulator.state.AccountRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's distant network: bytes arrive whole and in order both ways, a half-close is handed on, and nothing
 * arrives sooner than the delay allows (a lower bound, which a busy machine cannot break; no upper bound is asserted).
 */
class DelayingProxyTest {

    private static final Duration ONE_WAY = Duration.ofMillis(25);

    private ServerSocket echo;
    private DelayingProxy proxy;

    @BeforeEach
    void start() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread server = new Thread(this::echoEachConnection, "echo");
        server.setDaemon(true);
        server.start();
        proxy = new DelayingProxy(URI.create("http://127.0.0.1:" + echo.getLocalPort()), ONE_WAY);
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    /** Sends back what it reads until the client's half-close, then closes its side. */
    private void echoEachConnection() {
        while (!echo.isClosed()) {
            try {
                Socket socket = echo.accept();
                Thread copy = new Thread(() -> {
                    try (socket) {
                        socket.getInputStream().transferTo(socket.getOutputStream());
                        socket.shutdownOutput();
                    } catch (IOException e) {
                        // the test failing on the client's side says what went wrong
                    }
                });
                copy.setDaemon(true);
                copy.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Test
    void aMegabyteGoesThroughAndComesBackWholeAndInOrder() throws Exception {
        byte[] sent = new byte[1 << 20];
        new Random(7).nextBytes(sent);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.uri().getPort())) {
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    for (int at = 0; at < sent.length; at += 1000) {
                        out.write(sent, at, Math.min(1000, sent.length - at));
                    }
                    socket.shutdownOutput();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            byte[] received = socket.getInputStream().readAllBytes(); // ends at the echo's half-close, handed on
            writer.join();
            assertArrayEquals(sent, received);
        }
        assertEquals(1, proxy.connections());
    }

    @Test
    void eachRoundTripTakesAtLeastTheDelayBothWaysAndTheFirstTheHandshakeToo() throws Exception {
        long connecting = System.nanoTime(); // the handshake's round trip counts from the connection's opening
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.uri().getPort())) {
            roundTrip(socket, (byte) 1);
            long first = System.nanoTime() - connecting;
            long second = roundTrip(socket, (byte) 2);
            assertTrue(first >= 4 * ONE_WAY.toNanos(), "first round trip " + first / 1_000_000 + " ms");
            assertTrue(second >= 2 * ONE_WAY.toNanos(), "second round trip " + second / 1_000_000 + " ms");
        }
    }

    @Test
    void aTargetThatRefusesClosesTheClientsConnection() throws Exception {
        int refusing;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refusing = closed.getLocalPort();
        }
        try (DelayingProxy nowhere = new DelayingProxy(URI.create("http://127.0.0.1:" + refusing), ONE_WAY);
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), nowhere.uri().getPort())) {
            assertEquals(-1, socket.getInputStream().read(), "the connection ends, it does not hang");
        }
    }

    @Test
    void theEmulatorsControlApiAnswersThroughIt() throws Exception {
        try (Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start();
             DelayingProxy far = new DelayingProxy(emulator.baseUri(), ONE_WAY)) {
            EmulatorControl control = new EmulatorControl(far.uri(), Duration.ofSeconds(5));
            assertEquals(EmulatorControl.Presence.EMULATOR, control.probe().presence(), control.probe().reason());
            assertEquals(3, control.createMembers(AccountRegistry.DEFAULT_MANAGEMENT_ID, null, 3).size());
        }
    }

    /** Nanoseconds from sending one byte to reading it back. */
    private static long roundTrip(Socket socket, byte value) throws IOException {
        long started = System.nanoTime();
        socket.getOutputStream().write(value);
        InputStream in = socket.getInputStream();
        assertEquals(value, (byte) in.read());
        return System.nanoTime() - started;
    }
}
