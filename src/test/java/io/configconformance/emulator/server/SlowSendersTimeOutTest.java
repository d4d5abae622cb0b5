package io.configconformance.emulator.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A body that stops arriving is answered 408 in the envelope, whether the whole body is late (the body deadline) or
 * the client falls silent (the idle timeout). Short limits make the test quick; it waits for the answer, not for a
 * time.
 */
class SlowSendersTimeOutTest {

    @ParameterizedTest
    @CsvSource({"300, 60000, took longer than", "60000, 300, stopped sending"})
    void aBodyThatStopsArrivingIsAnswered408(long bodyMillis, long idleMillis, String reason) throws IOException {
        RequestLimits limits = new RequestLimits(1 << 20, 16L << 20, Duration.ofMillis(bodyMillis),
                Duration.ofMillis(idleMillis), 32 << 10);
        WireMockServer server = new WireMockServer(ServerOptions.lean("127.0.0.1", 0)
                .httpServerFactory(new GuardedJettyServerFactory(limits)));
        server.start();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n\r\nAc").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("\"Code\":\"RequestTimeout\"") && answer.contains(reason), answer);
        } finally {
            server.stop();
        }
    }
}
