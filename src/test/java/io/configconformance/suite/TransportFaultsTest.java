package io.configconformance.suite;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;

/**
 * The suite against endpoints that break at the transport level or answer hostile bodies: every scenario must fail
 * fast with a message that names what went wrong, without hanging and without expanding entities. The control API is
 * forwarded to a real emulator, so only the API answers are broken. Each run carries its options in its own
 * {@link RunContext} (no system property), so nothing here reaches a test running beside it.
 */
// Among the first classes started (pom.xml, surefire): its waits then run beside the short classes, not after them.
@Order(1)
class TransportFaultsTest {

    private static final String SCENARIOS = "@StartConfigurationRecorder and @v2020-09-07 and not @error";
    /**
     * The read timeout where the timeout itself is the claim: 1 s, the least a run accepts, against an answer held
     * 8 s. Every other fault has the default 20 s, so a loaded machine's slowness never passes for the fault.
     */
    private static final Duration SHORT_READ = Duration.ofSeconds(1);
    private static final Duration DEFAULT_READ = Duration.ofSeconds(20);
    private static Emulator emulator;

    @BeforeAll
    static void start() {
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    static Stream<Arguments> faults() {
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<StartConfigurationRecorderResponse><RequestId>&x;</RequestId></StartConfigurationRecorderResponse>";
        return Stream.of(
                Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "no usable answer"),
                Arguments.of("empty response", aResponse().withFault(Fault.EMPTY_RESPONSE), "no usable answer"),
                Arguments.of("malformed chunk", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK), "no usable answer"),
                Arguments.of("random data, then close", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
                        "no usable answer"),
                Arguments.of("delay beyond the read timeout", aResponse().withStatus(200).withFixedDelay(8000)
                        .withBody("{}"),
                        "HttpTimeoutException \\(no complete answer within the read timeout of 1000 ms"),
                Arguments.of("an HTML error page", aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                        .withBody("<html><head><title>502 Bad Gateway</title></head></html>"), "HTML page"),
                Arguments.of("an empty 200", aResponse().withStatus(200), "empty body"),
                Arguments.of("XML with an external entity", aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/xml").withBody(entity), "DOCTYPE|not valid JSON"),
                Arguments.of("a 50 MB body", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"RequestId\":\"" + "x".repeat(50 << 20) + "\"}"),
                        // Given up at the answer cap, whatever the machine's speed: never read in full.
                        "the answer is larger than 8388608 bytes \\(run --max-answer-bytes\\); it was not read"
                                + " further"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void everyScenarioFailsFastNamingTheProblem(String fault, ResponseDefinitionBuilder answer, String named) {
        // named: a regular expression for what the failure message must say
        WireMockServer endpoint = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .stubRequestLoggingDisabled(true));
        endpoint.start();
        try {
            endpoint.stubFor(any(urlPathMatching("/__emulator/.*")).atPriority(1)
                    .willReturn(aResponse().proxiedFrom(emulator.baseUri().toString())));
            endpoint.stubFor(any(anyUrl()).atPriority(10).willReturn(answer));
            long started = System.nanoTime();
            boolean held = answer.build().getFixedDelayMilliseconds() != null;
            List<String> outcomes = run("http://127.0.0.1:" + endpoint.port(), held);
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertTrue(!outcomes.isEmpty(), "scenarios ran");
            // Each example of the outline names the problem of its own format (a JSON body asked for as XML, ...).
            java.util.regex.Pattern expected = java.util.regex.Pattern.compile(named);
            outcomes.forEach(outcome -> assertTrue(outcome.startsWith("FAILED") && expected.matcher(outcome).find(),
                    fault + ": expected a failure naming '" + named + "', got " + outcome));
            assertTrue(seconds < 120, fault + ": the run took " + seconds + " s");
        } finally {
            endpoint.stop();
        }
    }

    /**
     * The scenarios of a held answer side by side, as a run has them (4 threads, whatever the cores: they wait, they
     * do not compute), so their timeouts pass together rather than one after another; every other fault one scenario
     * at a time, which keeps a 50 MB answer from being served four times at once.
     */
    private static List<String> run(String endpoint, boolean held) {
        RunOptions options = new RunOptions(false, Optional.empty(), Optional.empty(), Duration.ofSeconds(5),
                held ? SHORT_READ : DEFAULT_READ, Duration.ofSeconds(300));
        Map<String, String> threads = held
                ? Map.of("cucumber.execution.parallel.config.strategy", "fixed",
                        "cucumber.execution.parallel.config.fixed.parallelism", "4")
                : Map.of("cucumber.execution.parallel.enabled", "false");
        try (RunContext run = RunContext.of(endpoint, options, false)) {
            return InProcessSuite.run(run, SCENARIOS, "target/transport-fault-reports", threads,
                    new TestExecutionListener() { }).stream()
                    .map(outcome -> outcome.status() + " " + outcome.message()).toList();
        }
    }
}
