package io.configconformance.suite;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite must fail, naming what is wrong, against an endpoint that deviates from the pages, and pass against the
 * faithful emulator. Each deviation is a WireMock proxy in front of the emulator that changes one thing in the
 * answers of the API (never of the control API); the suite runs the relevant scenarios against the proxy.
 */
class SuiteSensitivityTest {

    private static Emulator emulator;

    @BeforeAll
    static void start() {
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
        System.clearProperty(EndpointUnderTest.PROPERTY);
    }

    /** Failures of the scenarios selected by the tag expression, run against the endpoint; "display: message". */
    private static List<String> failuresAgainst(String endpoint, String tags) {
        return InProcessSuite.run(endpoint, tags, "target/sensitivity-reports", Map.of()).stream()
                .filter(outcome -> !outcome.passed()).map(o -> o.name() + ": " + o.message()).toList();
    }

    /** A proxy to the emulator whose API answers pass through the deviation. */
    private static WireMockServer deviating(UnaryOperator<Response> deviation) {
        WireMockServer proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .preserveHostHeader(true).disableRequestJournal()
                .extensions(new ResponseTransformerV2() {
                    @Override
                    public Response transform(Response response, ServeEvent serveEvent) {
                        return deviation.apply(response);
                    }

                    @Override
                    public boolean applyGlobally() {
                        return false;
                    }

                    @Override
                    public String getName() {
                        return "deviation";
                    }
                }));
        proxy.start();
        proxy.stubFor(any(urlPathMatching("/__emulator/.*")).atPriority(1)
                .willReturn(aResponse().proxiedFrom(emulator.baseUri().toString())));
        // The emulator is asked for plain answers, so the deviation works on the text the client will read.
        proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(emulator.baseUri().toString())
                .withRemoveRequestHeader("Accept-Encoding").withTransformers("deviation")));
        return proxy;
    }

    private static List<String> failuresWith(UnaryOperator<Response> deviation, String tags) {
        WireMockServer proxy = deviating(deviation);
        try {
            return failuresAgainst("http://127.0.0.1:" + proxy.port(), tags);
        } finally {
            proxy.stop();
        }
    }

    /** The same answer with another body; the length header of the original no longer applies. */
    private static Response body(Response response, UnaryOperator<String> change) {
        HttpHeaders headers = new HttpHeaders(response.getHeaders().all().stream()
                .filter(header -> !header.keyEquals("Content-Length")).toList());
        return Response.Builder.like(response).but().headers(headers)
                .body(change.apply(response.getBodyAsString())).build();
    }

    private static void assertEveryFailureNames(List<String> failures, String expected) {
        assertTrue(!failures.isEmpty(), "the deviation is caught");
        failures.forEach(failure -> assertTrue(failure.contains(expected), "names " + expected + ": " + failure));
    }

    @Test
    void theFaithfulEmulatorPassesThroughAnUnchangedProxy() {
        assertEquals(List.of(), failuresWith(UnaryOperator.identity(),
                "@NoPermission or @AggregatorNameDuplicated or (@PutConfigurationRecorder and not @error)"));
    }

    @Test
    void aRenamedFieldIsCaughtAndNamed() {
        List<String> failures = failuresWith(r -> body(r, b -> b.replace("ConfigurationRecorderStatus", "RecorderStatus")),
                "@StartConfigurationRecorder and @v2020-09-07 and not @error");
        assertEveryFailureNames(failures, "RecorderStatus");
    }

    @Test
    void aWrongHttpStatusIsCaughtAndNamed() {
        List<String> failures = failuresWith(r -> r.getStatus() == 400 && r.getBodyAsString().contains("NoPermission")
                ? Response.Builder.like(r).but().status(403).build() : r, "@NoPermission");
        assertEveryFailureNames(failures, "expected: <400> but was: <403>");
    }

    @Test
    void aWrongErrorCodeIsCaughtAndNamed() {
        List<String> failures = failuresWith(r -> body(r, b -> b.replace("AggregatorNameDuplicated", "NameAlreadyExists")),
                "@AggregatorNameDuplicated");
        assertEveryFailureNames(failures, "NameAlreadyExists");
    }

    @Test
    void malformedXmlIsCaughtAndNamed() {
        List<String> failures = failuresWith(r -> r.getBodyAsString().startsWith("<?xml")
                ? body(r, b -> b.substring(0, b.length() - 10)) : r,
                "@PutConfigurationRecorder and @erratum-E3");
        assertTrue(failures.stream().anyMatch(f -> f.contains("(XML)")), failures.toString());
        failures.stream().filter(f -> f.contains("(XML)")).forEach(f ->
                assertTrue(f.contains("XML") && (f.contains("well-formed") || f.contains("must be")
                        || f.contains("end")), "names the malformed XML: " + f));
    }
}
