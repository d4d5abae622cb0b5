package io.configconformance.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A run's pacing: throttled answers are recognised by their code in JSON and XML, sent again until the service takes
 * them (each resend noted for the scenario's report), and halve the limit on requests in flight, which answers that
 * were not throttled raise again; a client on its own ({@link Pacing#none()}) sees the throttled answer as it came.
 */
class PacingTest {

    @Test
    void throttledAnswersAreKnownByTheirCodeInBothFormats() {
        assertEquals(Optional.of("Throttling.User"), Pacing.throttleCode(400,
                "{\"RequestId\":\"r\",\"Code\":\"Throttling.User\",\"Message\":\"Request was denied\"}"));
        assertEquals(Optional.of("Throttling"), Pacing.throttleCode(429,
                "<Error><RequestId>r</RequestId><Code>Throttling</Code></Error>"));
        assertEquals(Optional.empty(), Pacing.throttleCode(400, "{\"Code\":\"InvalidParameter\"}"));
        assertEquals(Optional.empty(), Pacing.throttleCode(200, "{\"Code\":\"Throttling\"}"), "a success is an answer");
    }

    @Test
    void theLimitInFlightHalvesOnAThrottleAndGrowsBackByOnePerRoundOfAnswers() throws InterruptedException {
        Pacing pacing = Pacing.of(0, 8);
        assertEquals(8, pacing.concurrencyLimit());
        pacing.acquire("k");
        pacing.release(true);
        assertEquals(4, pacing.concurrencyLimit());
        pacing.acquire("k");
        pacing.release(true);
        pacing.acquire("k");
        pacing.release(true);
        pacing.acquire("k");
        pacing.release(true);
        assertEquals(1, pacing.concurrencyLimit(), "never below one");
        pacing.acquire("k");
        pacing.release(false);
        assertEquals(2, pacing.concurrencyLimit(), "one answer at a limit of one raises it by one");
        for (int i = 0; i < 2; i++) {
            pacing.acquire("k");
            pacing.release(false);
        }
        assertEquals(3, pacing.concurrencyLimit(), "two answers at a limit of two raise it by one");
        assertEquals(4, pacing.throttledAnswers());
    }

    @Test
    void requestsBeyondTheLimitWaitForAPlace() throws Exception {
        Pacing pacing = Pacing.of(0, 1);
        pacing.acquire("k");
        CountDownLatch second = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> {
                pacing.acquire("k");
                second.countDown();
                return null;
            });
            assertFalse(second.await(200, TimeUnit.MILLISECONDS), "a second request went out beside the first");
            pacing.release(false);
            assertTrue(second.await(10, TimeUnit.SECONDS), "the second request never got the freed place");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPacedKeySendsNoFasterThanItsRate() throws InterruptedException {
        Pacing pacing = Pacing.of(20, 64);
        long started = System.nanoTime();
        for (int i = 0; i < 11; i++) {
            pacing.acquire("k");
            pacing.release(false);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis >= 500 - 10, "11 requests at 20 per second left in " + millis + " ms"); // 10 gaps of 50 ms
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void aThrottledCallIsSentAgainUntilTheServiceTakesItAndEachResendIsNoted(ResponseFormat format) {
        try (Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start()) {
            EmulatorControl control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(5));
            TestAccount account = control.createAccount("individual");
            control.injectFault(Map.of("Action", "GetConfigurationRecorder", "Code", "Throttling.Api", "Times", 2,
                    "AccountId", account.accountId()));
            Pacing pacing = Pacing.of(0, 4);
            ConfigClient client = new ConfigClient(ClientSettings.defaults(emulator.baseUri(), account.credentials())
                    .withVersion(ApiVersion.V2020_09_07).withFormat(format).withPacing(pacing));
            ApiResponse answer = client.getConfigurationRecorder();
            assertEquals(200, answer.status(), answer.body());
            List<String> resends = client.takeResends();
            assertEquals(2, resends.size(), resends.toString());
            assertTrue(resends.get(0).startsWith(ConfigClient.THROTTLED
                    + "GetConfigurationRecorder answered HTTP 400 Throttling.Api"),
                    resends.get(0));
            assertEquals(List.of(), client.takeResends(), "taken once");
            assertEquals(2, pacing.throttledAnswers());
            assertEquals(2, pacing.resentRequests());
        }
    }

    @Test
    void aClientOnItsOwnSeesTheThrottledAnswer() {
        try (Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start()) {
            EmulatorControl control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(5));
            TestAccount account = control.createAccount("individual");
            control.injectFault(Map.of("Action", "GetConfigurationRecorder", "Code", "Throttling",
                    "AccountId", account.accountId()));
            ConfigClient client = new ConfigClient(ClientSettings.defaults(emulator.baseUri(), account.credentials()));
            assertEquals(400, client.getConfigurationRecorder().status());
            assertEquals(List.of(), client.takeResends());
        }
    }
}
