package io.configconformance.emulator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The control API hands out every account's secret and can reset the emulator, so a web page the user happens to
 * visit must not reach it: not with a "simple" cross-site request (text/plain, any Origin), not by DNS rebinding (a
 * Host that names another site). Beyond loopback it also needs the token printed at start-up.
 */
class ControlApiSecurityTest {

    private static Emulator emulator;
    private static EmulatorControl control;

    @BeforeAll
    static void start() {
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
        control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(10), null);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "POST | /__emulator/reset | Content-Type: text/plain",
        "POST | /__emulator/reset | Content-Type: application/x-www-form-urlencoded",
        "POST | /__emulator/reset | Content-Type: multipart/form-data; boundary=x",
        "POST | /__emulator/reset | Origin: http://attacker.example",
        "POST | /__emulator/reset | Origin: null",
        "GET | /__emulator/accounts | Origin: http://attacker.example",
        "GET | /__emulator/accounts | Host: attacker.example",
        "GET | /__emulator/accounts | Host: rebind.attacker.example:8080",
        "OPTIONS | /__emulator/reset | Origin: http://attacker.example",
    })
    void crossSiteRequestsAreRefusedAndChangeNothing(String method, String path, String header) throws IOException {
        TestAccount kept = control.createAccount("individual");
        boolean hostGiven = header.startsWith("Host:");
        boolean typeGiven = header.startsWith("Content-Type:");
        String request = method + " " + path + " HTTP/1.1\r\n"
                + (hostGiven ? "" : "Host: 127.0.0.1:" + emulator.port() + "\r\n") + header + "\r\n"
                + (typeGiven ? "" : "Content-Type: application/json\r\n")
                + "Access-Control-Request-Method: POST\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}";
        String answer = send(request);
        assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        assertTrue(answer.contains("\"Code\":\"Forbidden.ControlApi\""), answer);
        assertFalse(answer.contains("AccessKeySecret"), "no secret leaves: " + answer);
        assertFalse(answer.toLowerCase().contains("access-control-allow-origin"), answer);
        assertTrue(control.accounts().stream().anyMatch(account -> account.accountId() == kept.accountId()),
                "the emulator was not reset");
    }

    @Test
    void theSuitesOwnClientStillWorksOnLoopbackAndByName() {
        assertEquals("config-conformance", control.info().path("Emulator").asString());
        EmulatorControl byName = new EmulatorControl(java.net.URI.create("http://localhost:" + emulator.port()),
                Duration.ofSeconds(10), null);
        assertFalse(byName.accounts().isEmpty());
        byName.reset();
    }

    @Test
    void aTokenOnceSetIsRequired() {
        try (Emulator guarded = new Emulator(EmulatorSettings.loopback(0).withControlToken("t0ken-of-the-user-123"))
                .start()) {
            assertEquals("t0ken-of-the-user-123", guarded.controlToken().orElseThrow());
            EmulatorControl.ControlApiException none = assertThrows(EmulatorControl.ControlApiException.class,
                    () -> new EmulatorControl(guarded.baseUri(), Duration.ofSeconds(10), null).accounts());
            assertTrue(none.getMessage().contains("401"), none.getMessage());
            assertThrows(EmulatorControl.ControlApiException.class,
                    () -> new EmulatorControl(guarded.baseUri(), Duration.ofSeconds(10), "t0ken-of-the-user-124")
                            .accounts());
            assertFalse(new EmulatorControl(guarded.baseUri(), Duration.ofSeconds(10), "t0ken-of-the-user-123")
                    .accounts().isEmpty());
        }
    }

    @Test
    void beyondLoopbackATokenIsMadeUpAtStartUnlessGiven() {
        Emulator everywhere = new Emulator(new EmulatorSettings("0.0.0.0", 0, EmulatorSettings.DEFAULT_TRANSITION,
                EmulatorSettings.DEFAULT_TOLERANCE));
        String token = everywhere.controlToken().orElseThrow();
        assertTrue(token.matches("[0-9a-f]{48}"), token);
        assertTrue(new Emulator(EmulatorSettings.loopback(0)).controlToken().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"abc\"",
        "999",
        "1300000000000999",
        "1.5",
        "100000000000000000000000",
    })
    void aFaultForAnAccountThatIsNotThereIsRefusedNotWidened(String accountId) throws Exception {
        HttpResponse<String> refused = post("faults", "{\"Action\":\"CreateAggregator\","
                + "\"Code\":\"ServiceUnavailable\",\"AccountId\":" + accountId + "}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"Code\":\"InvalidParameter\"") && refused.body().contains("AccountId"),
                refused.body());
        assertTrue(control.faults().isEmpty(), "nothing was armed: " + control.faults());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "faults | {\"Action\":\"CreateAggregator\",\"Code\":\"ServiceUnavailable\",\"Times\":100000000000000000000000}",
        "accounts | {\"Role\":\"individual\",\"RecorderTransitionMillis\":1000000000000000000000000000000}",
    })
    void numbersBeyondALongAreRefused(String path, String body) throws Exception {
        HttpResponse<String> refused = post(path, body);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"Code\":\"InvalidParameter\""), refused.body());
    }

    private static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(emulator.baseUri().resolve("/__emulator/" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
