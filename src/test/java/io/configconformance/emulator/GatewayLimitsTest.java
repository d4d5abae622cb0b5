package io.configconformance.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.ParameterPlacement;
import io.configconformance.client.SignatureVersion;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.state.RateLimiter;
import io.configconformance.protocol.ResponseFormat;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The emulator as a slow, rate-limited service and one whose gateway fails on purpose: latency per emulator and per
 * account, a rate limit per AccessKeyId answered with the gateway's Throttling.User, and the gateway's generic faults
 * (Throttling, ServiceUnavailable) and delays injectable for any action, so that a client's retry logic can be tested.
 * Delays are checked from below only: an answer that was told to wait cannot arrive sooner.
 */
class GatewayLimitsTest {

    private Emulator emulator;
    private EmulatorControl control;

    @BeforeEach
    void start() {
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
        control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private ConfigClient client(TestAccount account) {
        return new ConfigClient(ClientSettings.defaults(emulator.baseUri(), account.credentials()));
    }

    private static long millisOf(Runnable call) {
        long started = System.nanoTime();
        call.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void theEmulatorsLatencyDelaysEveryAnswerErrorsToo() {
        JsonNode settings = control.changeSettings(Map.of("LatencyMillis", 300));
        assertEquals(300, settings.path("LatencyMillis").asLong());
        ConfigClient client = client(control.createAccount("individual"));
        assertTrue(millisOf(() -> assertEquals(200, client.startConfigurationRecorder().status())) >= 300);
        assertTrue(millisOf(() -> assertFalse(client.getAggregator("ca-0000000000000000").isSuccess())) >= 300);
    }

    @ParameterizedTest
    @EnumSource(value = ParameterPlacement.class)
    void aDelayedAnswerToARequestWithABodyIsTheWholeAnswer(ParameterPlacement placement) {
        control.changeSettings(Map.of("LatencyMillis", 100));
        TestAccount account = control.createAccount("individual");
        for (SignatureVersion signature : SignatureVersion.values()) {
            ApiResponse answer = new ConfigClient(ClientSettings.defaults(emulator.baseUri(), account.credentials())
                    .withSignature(signature).withPlacement(placement).withFormat(ResponseFormat.XML))
                    .getConfigurationRecorder();
            assertEquals(200, answer.status(), signature + " " + placement + ": " + answer.body());
            assertTrue(answer.body().contains("<RequestId>"), signature + " " + placement + ": " + answer.body());
        }
    }

    @Test
    void anAccountsLatencyDelaysOnlyItsAnswers() {
        TestAccount slow = control.createAccount("individual");
        TestAccount other = control.createAccount("individual");
        JsonNode settings = control.changeSettings(slow.accountId(), Map.of("LatencyMillis", 400));
        assertEquals(400, settings.path("LatencyMillis").asLong());
        assertEquals(Duration.ofMillis(400), emulator.state().timings(slow.accountId()).latency());
        assertEquals(Duration.ZERO, emulator.state().timings(other.accountId()).latency());
        assertTrue(millisOf(() -> client(slow).startConfigurationRecorder()) >= 400);
    }

    @Test
    void overItsRateLimitAnAccessKeyIsThrottledInTheDocumentedEnvelope() {
        control.changeSettings(Map.of("RateLimitPerSecond", 1));
        ConfigClient client = client(control.createAccount("individual"));
        ApiResponse throttled = null;
        for (int i = 0; i < 50 && throttled == null; i++) { // one per second: two of fifty quick calls share a second
            ApiResponse answer = client.getConfigurationRecorder();
            if (!answer.isSuccess()) {
                throttled = answer;
            }
        }
        assertTrue(throttled != null, "no call was throttled at 1 request per second");
        assertEquals(400, throttled.status());
        assertTrue(throttled.body().contains("\"Code\":\"Throttling.User\""), throttled.body());
        assertTrue(throttled.body().contains("\"Message\":\"Request was denied due to user flow control.\""),
                throttled.body());
        assertTrue(throttled.body().contains("\"RequestId\":\""), throttled.body());
    }

    @Test
    void aThrottledRequestHasNotUsedItsNonceAndSucceedsWhenSentAgain() {
        control.changeSettings(Map.of("RateLimitPerSecond", 1));
        AtomicReference<String> nonce = new AtomicReference<>();
        ConfigClient client = new ConfigClient(ClientSettings.defaults(emulator.baseUri(),
                control.createAccount("individual").credentials()).withNonceSource(nonce::get));
        ApiResponse answer = null;
        for (int i = 0; i < 50 && (answer == null || answer.isSuccess()); i++) {
            nonce.set(UUID.randomUUID().toString());
            answer = client.getConfigurationRecorder();
        }
        assertTrue(answer.body().contains("Throttling.User"), answer.body());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (answer.body().contains("Throttling.User") && System.nanoTime() < deadline) {
            answer = client.getConfigurationRecorder(); // the same nonce again, as a retry of the same request
        }
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void theRateLimitCountsPerAccessKeyInASlidingSecondAndForgetsRefusals() {
        RateLimiter limiter = new RateLimiter();
        long second = 1_000_000_000L;
        assertTrue(limiter.admit("a", 2, 0));
        assertTrue(limiter.admit("a", 2, second / 2));
        assertFalse(limiter.admit("a", 2, second / 2 + 1), "a third request within the second");
        assertTrue(limiter.admit("b", 2, second / 2 + 1), "another AccessKeyId has its own quota");
        assertTrue(limiter.admit("a", 2, second), "the first request has left the window");
        assertFalse(limiter.admit("a", 2, second + 1));
        assertTrue(limiter.admit("a", 2, second + second / 2), "a refused request did not count");
        assertTrue(limiter.admit("a", 0, 0), "0 is no limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Throttling", "Throttling.User", "Throttling.Api", "ServiceUnavailable"})
    void theGatewaysFaultsCanBeInjectedForAnyAction(String code) {
        TestAccount account = control.createAccount("individual");
        control.injectFault(Map.of("Action", "GetConfigurationRecorder", "Code", code, "AccountId",
                account.accountId()));
        ApiResponse answer = client(account).getConfigurationRecorder();
        assertEquals(code.equals("ServiceUnavailable") ? 503 : 400, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"Code\":\"" + code + "\""), answer.body());
        assertEquals(200, client(account).getConfigurationRecorder().status(), "one call, then the fault is spent");
    }

    @Test
    void aDelayFaultSlowsTheNextCallsWhichThenAnswerAsUsual() {
        TestAccount account = control.createAccount("individual");
        JsonNode fault = control.injectFault(Map.of("Action", "StartConfigurationRecorder", "DelayMillis", 500,
                "AccountId", account.accountId()));
        assertEquals(500, fault.path("DelayMillis").asLong());
        assertTrue(fault.path("Code").isMissingNode(), fault.toString());
        assertTrue(millisOf(() -> assertEquals(200, client(account).startConfigurationRecorder().status())) >= 500);
    }

    @Test
    void aDelayAndACodeTogetherWaitThenFail() {
        TestAccount account = control.createAccount("individual");
        control.injectFault(Map.of("Action", "StartConfigurationRecorder", "Code", "Throttling.Api",
                "DelayMillis", 300, "AccountId", account.accountId()));
        assertTrue(millisOf(() -> assertEquals(400, client(account).startConfigurationRecorder().status())) >= 300);
    }
}
