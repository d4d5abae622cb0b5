package io.configconformance.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the suite is guaranteed to catch (docs/FAULTY-ENDPOINTS.md): the emulator behind a proxy that changes one thing
 * in the API's answers (never in the control API's). For each deviation the scenarios that exercise it must fail, and
 * every failure must name the deviation; the faithful emulator behind the same proxy must pass. The detection score is
 * printed.
 */
// Among the first classes started (pom.xml, surefire): its waits then run beside the short classes, not after them.
@Order(1)
class FaultyEndpointCatalogueTest {

    private static final String START_2020 = "@StartConfigurationRecorder and @v2020-09-07 and not @error";
    private static final String FAKE_SUCCESS = "{\"RequestId\":\"%s\",\"ConfigurationRecorder\":"
            + "{\"ConfigurationRecorderStatus\":\"REGISTERED\",\"ResourceTypes\":[\"ACS::ECS::Instance\"]}}";
    private static final AtomicInteger CAUGHT = new AtomicInteger();
    private static final List<String> MISSED = new ArrayList<>();
    private static Emulator emulator;

    /** One faulty endpoint: what it gets wrong, the scenarios that exercise it, what their failures must name. */
    record Deviation(String id, String wrong, String tags, String named, BiFunction<Request, Response, Response> change) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Deviation> catalogue() {
        return List.of(
                new Deviation("renamed-field", "a response field renamed (ConfigurationRecorderStatus -> RecorderStatus)",
                        START_2020, "RecorderStatus", body(b -> b.replace("ConfigurationRecorderStatus", "RecorderStatus"))),
                new Deviation("missing-field", "RequestId left out of success answers", START_2020, "RequestId",
                        body(b -> b.replaceAll("\"RequestId\":\"[^\"]*\",?", "").replaceAll("<RequestId>[^<]*</RequestId>", ""))),
                new Deviation("wrong-json-type", "AccountId (Long) sent as a string",
                        "@StartConfigurationRecorder and @v2019-01-08 and not @error", "AccountId",
                        body(b -> b.replaceAll("\"AccountId\":(\\d+)", "\"AccountId\":\"$1\""))),
                new Deviation("value-outside-enum", "ConfigurationRecorderStatus outside the documented values",
                        START_2020, "DEPLOYING|ACTIVE", body(b -> b.replace("BUILDING", "DEPLOYING").replace("REGISTERED", "ACTIVE"))),
                new Deviation("wrong-status", "NoPermission answered with 403 instead of 400", "@NoPermission",
                        "expected: <400> but was: <403>", (q, r) -> r.getBodyAsString().contains("NoPermission") ? status(r, 403) : r),
                new Deviation("wrong-code", "AggregatorNameDuplicated answered as NameAlreadyExists",
                        "@AggregatorNameDuplicated", "NameAlreadyExists",
                        body(b -> b.replace("AggregatorNameDuplicated", "NameAlreadyExists"))),
                new Deviation("error-as-200", "an error envelope sent with HTTP 200", "@NoPermission",
                        "expected: <400> but was: <200>", (q, r) -> r.getStatus() >= 400 ? status(r, 200) : r),
                new Deviation("xml-root-renamed", "the XML root element renamed",
                        START_2020, "StartConfigurationRecorderResponse|Response",
                        body(b -> b.replace("StartConfigurationRecorderResponse>", "Response>"))),
                new Deviation("xml-list-wrapped", "an XML list wrapped in an element instead of repeated siblings",
                        START_2020, "ResourceType", body(b -> b.replaceAll("<ResourceTypes>([^<]*)</ResourceTypes>",
                                "<ResourceTypes><ResourceType>$1</ResourceType></ResourceTypes>"))),
                new Deviation("limit-not-enforced", "a sixth account group accepted",
                        "@CreateAggregator and @AggregatorExceedMaxCount", "expected: <400> but was: <200>",
                        (q, r) -> r.getBodyAsString().contains("AggregatorExceedMaxCount") ? replace(r, 200,
                                "{\"RequestId\":\"" + requestId() + "\",\"AggregatorId\":\"ca-0123456789abcdef0123\"}") : r),
                new Deviation("client-token-ignored", "a ClientToken replay answered with another group",
                        "@CreateAggregator and @assumption-A22 and not @error", "AggregatorId",
                        (q, r) -> q.getUrl().contains("ClientToken=") && r.getStatus() == 200
                                ? body(b -> b.replaceAll("ca-[0-9a-f]+", "ca-" + UUID.randomUUID().toString()
                                .replace("-", "").substring(0, 20))).apply(q, r) : r),
                new Deviation("signature-not-checked", "a wrong signature accepted", "@SignatureDoesNotMatch",
                        "expected: <400> but was: <200>", (q, r) -> r.getBodyAsString().contains("SignatureDoesNotMatch")
                                ? replace(r, 200, String.format(FAKE_SUCCESS, requestId())) : r),
                new Deviation("request-id-reused", "every answer with the same RequestId", "@AggregatorNameDuplicated",
                        "repeats the RequestId", body(b -> b.replaceAll("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-"
                                + "[0-9A-F]{12}", "4D994662-6B27-536F-B320-38F4B3D58705"))),
                new Deviation("envelope-without-hostid", "HostId left out of the error envelope", "@NoPermission",
                        "HostId", body(b -> b.replaceAll("\"HostId\":\"[^\"]*\",?", "").replaceAll("<HostId>[^<]*</HostId>", ""))),
                new Deviation("json-for-xml", "JSON answered when XML was asked for", START_2020, "not well-formed XML",
                        (q, r) -> q.getUrl().contains("Format=XML") || q.getBodyAsString().contains("Format=XML")
                                ? replace(r, r.getStatus(), String.format(FAKE_SUCCESS, requestId())) : r),
                new Deviation("types-not-echoed", "PutConfigurationRecorder answers without the chosen ResourceTypes",
                        "@PutConfigurationRecorder and @erratum-E3", "ResourceTypes",
                        (q, r) -> q.getUrl().contains("Action=PutConfigurationRecorder") ? body(b -> b
                                .replaceAll("\"ResourceTypes\":\\[[^\\]]*\\]", "\"ResourceTypes\":[]")
                                .replaceAll("<ResourceTypes>[^<]*</ResourceTypes>", "")).apply(q, r) : r),
                new Deviation("types-missing", "PutConfigurationRecorder answers without the ResourceTypes field",
                        "@PutConfigurationRecorder and @erratum-E3", "ResourceTypes",
                        (q, r) -> q.getUrl().contains("Action=PutConfigurationRecorder") ? body(b -> b
                                .replaceAll(",?\"ResourceTypes\":\\[[^\\]]*\\]", "")
                                .replaceAll("<ResourceTypes>[^<]*</ResourceTypes>", "")).apply(q, r) : r),
                new Deviation("members-dropped", "GetAggregator answers without the group's members",
                        "@UpdateAggregator and @mutating and not @error", "AggregatorAccounts",
                        (q, r) -> q.getUrl().contains("Action=GetAggregator") ? body(b -> b
                                .replaceAll("\"AggregatorAccounts\":\\[.*?\\](,|})", "\"AggregatorAccounts\":[]$1")
                                .replaceAll("<AggregatorAccounts>.*?</AggregatorAccounts>", "")).apply(q, r) : r),
                new Deviation("aggregator-id-format", "AggregatorId not in the ca-<hex> format",
                        "@CreateAggregator and @mutating and not @error and not @assumption-A22", "AggregatorId",
                        body(b -> b.replace("\"ca-", "\"agg-").replace(">ca-", ">agg-"))),
                new Deviation("unavailable-as-500", "ServiceUnavailable answered with 500 instead of 503", "@ServiceUnavailable",
                        "expected: <503> but was: <500>", (q, r) -> r.getStatus() == 503 ? status(r, 500) : r),
                new Deviation("empty-message", "an error envelope with an empty Message", "@NoPermission", "Message",
                        body(b -> b.replaceAll("\"Message\":\"[^\"]*\"", "\"Message\":\"\"")
                                .replaceAll("<Message>[^<]*</Message>", "<Message></Message>"))),
                new Deviation("extra-field", "an undocumented field in a success answer", START_2020, "Unexpected",
                        (q, r) -> r.getStatus() == 200 ? body(b -> b.startsWith("{") ? "{\"Unexpected\":1," + b.substring(1)
                                : b.replace("<RequestId>", "<Unexpected>1</Unexpected><RequestId>")).apply(q, r) : r),
                new Deviation("timestamp-not-checked", "a request dated 20 minutes ago accepted", "@InvalidTimeStamp.Expired",
                        "expected: <400> but was: <200>", (q, r) -> r.getBodyAsString().contains("InvalidTimeStamp")
                                ? replace(r, 200, String.format(FAKE_SUCCESS, requestId())) : r));
    }

    @BeforeAll
    static void start() {
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
    }

    @AfterAll
    static void stop() {
        System.out.println("Faulty endpoint catalogue: detection score " + CAUGHT.get() + "/" + catalogue().size()
                + (MISSED.isEmpty() ? "" : ", missed " + MISSED));
        emulator.close();
    }

    @Test
    void theFaithfulEmulatorPassesBehindTheSameProxy() {
        List<InProcessSuite.Outcome> outcomes = runBehind((q, r) -> r,
                "@NoPermission or @AggregatorNameDuplicated or (" + START_2020 + ")");
        assertEquals(List.of(), outcomes.stream().filter(o -> !o.passed()).map(Object::toString).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void theSuiteCatchesTheDeviationAndNamesIt(Deviation deviation) {
        List<String> failures = runBehind(deviation.change(), deviation.tags()).stream()
                .filter(o -> !o.passed()).map(o -> o.name() + ": " + o.message()).toList();
        Pattern named = Pattern.compile(deviation.named());
        boolean caught = !failures.isEmpty() && failures.stream().allMatch(f -> named.matcher(f).find());
        if (caught) {
            CAUGHT.incrementAndGet();
        } else {
            MISSED.add(deviation.id());
        }
        assertTrue(!failures.isEmpty(), deviation.id() + " (" + deviation.wrong() + ") was not caught");
        failures.forEach(f -> assertTrue(named.matcher(f).find(), deviation.id() + ": the failure does not name '"
                + deviation.named() + "': " + f));
    }

    private static List<InProcessSuite.Outcome> runBehind(BiFunction<Request, Response, Response> change, String tags) {
        WireMockServer proxy = ChangingProxy.start(emulator.baseUri(), change, true);
        try {
            return InProcessSuite.run("http://127.0.0.1:" + proxy.port(), tags, "target/faulty-endpoint-reports",
                    Map.of());
        } finally {
            proxy.stop();
        }
    }

    private static BiFunction<Request, Response, Response> body(UnaryOperator<String> change) {
        return (request, response) -> replace(response, response.getStatus(), change.apply(response.getBodyAsString()));
    }

    private static Response status(Response response, int status) {
        return replace(response, status, response.getBodyAsString());
    }

    private static Response replace(Response response, int status, String body) {
        return ChangingProxy.replace(response, status, body);
    }

    private static String requestId() {
        return UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
    }
}
