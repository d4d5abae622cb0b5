package io.configconformance.recording;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.configconformance.ProductVersion;
import io.configconformance.emulator.server.GuardedJettyServerFactory;
import io.configconformance.emulator.server.RequestLimits;
import io.configconformance.emulator.server.ServerOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A recording served as an endpoint through WireMock: one stub per recorded exchange. A request is matched by what
 * its recording holds of it (action, version, format, signature version, operation parameters; a control-API path and
 * body), never by signature, nonce, date or caller; a request that names its scenario ({@value Recorder#SCENARIO_HEADER},
 * as the suite sends) by that scenario's exchanges, any other by the first recorded answer to it. Identical requests of
 * a scenario get their recorded answers in recorded order (a WireMock scenario per request), the last one again after
 * that. A recording of an emulator answers its control API too, so the suite verifies a replay as it verified the
 * emulator. It is served like the emulator: WireMock's admin API, file serving and proxying are gone, and only the
 * recording's regular files are read ({@link RecordingFiles#read}).
 */
public final class ReplayServer implements AutoCloseable {

    private static final int SCENARIO_PRIORITY = 1;
    private static final int ANY_SCENARIO_PRIORITY = 5;
    private static final int NOT_RECORDED_PRIORITY = 10;

    private final WireMockServer server;
    private final int scenarios;
    private final int exchanges;

    private ReplayServer(WireMockServer server, int scenarios, int exchanges) {
        this.server = server;
        this.scenarios = scenarios;
        this.exchanges = exchanges;
    }

    /** Serves the recording in {@code dir} on host:port (0 for any free port); fails when it holds no recording. */
    public static ReplayServer start(Path dir, String host, int port) {
        Map<String, ObjectNode> recordings = RecordingFiles.read(dir);
        if (recordings.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no recording (run --record " + dir + " makes one)");
        }
        ReplayValues values = new ReplayValues();
        // served as the emulator is: no admin API or file serving, no proxying, nothing read from the working
        // directory, the same request bounds (README.md, "Security")
        WireMockServer server = new WireMockServer(ServerOptions.lean(host, port)
                .httpServerFactory(new GuardedJettyServerFactory(RequestLimits.STANDARD))
                .extensions(new Keys(values.asRecorded())));
        List<MappingBuilder> stubs = new ArrayList<>();
        Map<String, ResponseDefinitionBuilder> firstAnswers = new LinkedHashMap<>();
        boolean control = false;
        int scenario = 0;
        int count = 0;
        for (Map.Entry<String, ObjectNode> recording : recordings.entrySet()) {
            scenario++;
            Map<String, List<ResponseDefinitionBuilder>> answers = new LinkedHashMap<>();
            for (JsonNode exchange : recording.getValue().path("exchanges")) {
                String key = hash(ExchangeNodes.key((ObjectNode) exchange.path("request")));
                control |= exchange.path("request").has(ExchangeNodes.CONTROL);
                ResponseDefinitionBuilder answer = answer(exchange.path("response"), values, scenario);
                answers.computeIfAbsent(key, k -> new ArrayList<>()).add(answer);
                firstAnswers.putIfAbsent(key, answer);
                count++;
            }
            String id = recording.getKey();
            answers.forEach((key, list) -> {
                for (int i = 0; i < list.size(); i++) {
                    MappingBuilder stub = any(urlEqualTo(Keys.url(id, key))).atPriority(SCENARIO_PRIORITY);
                    if (list.size() > 1) {
                        ScenarioMappingBuilder inOrder = stub.inScenario(id + " " + key)
                                .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i);
                        stub = i < list.size() - 1 ? inOrder.willSetStateTo("answer " + (i + 1)) : inOrder;
                    }
                    stubs.add(stub.willReturn(list.get(i)));
                }
            });
        }
        firstAnswers.forEach((key, answer) -> stubs.add(any(urlEqualTo(Keys.url(null, key)))
                .atPriority(ANY_SCENARIO_PRIORITY).willReturn(answer)));
        if (control) {
            stubs.add(get(urlPathEqualTo("/__emulator/info")).atPriority(SCENARIO_PRIORITY).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json").withBody("{\"Emulator\":\"config-conformance\","
                            + "\"Version\":\"" + ProductVersion.text() + " (replay)\","
                            + "\"ApiVersions\":[\"2019-01-08\",\"2020-09-07\"]}")));
        }
        stubs.add(any(anyUrl()).atPriority(NOT_RECORDED_PRIORITY).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"RequestId\":\"00000000-0000-4000-8000-"
                        + "000000000000\",\"HostId\":\"replay\",\"Code\":\"NotRecorded\",\"Message\":\"The recording"
                        + " holds no answer to this request.\"}")));
        server.start();
        stubs.forEach(server::stubFor);
        return new ReplayServer(server, scenarios(recordings), count);
    }

    private static int scenarios(Map<String, ObjectNode> recordings) {
        return recordings.size();
    }

    public URI baseUri() {
        return URI.create("http://" + hostForUri() + ":" + server.port());
    }

    private String hostForUri() {
        String host = server.getOptions().bindAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    public int scenarios() {
        return scenarios;
    }

    public int exchanges() {
        return exchanges;
    }

    @Override
    public void close() {
        server.stop();
    }

    private static ResponseDefinitionBuilder answer(JsonNode response, ReplayValues values, int scenario) {
        ResponseDefinitionBuilder answer = aResponse().withStatus(response.path("status").asInt());
        response.path("headers").properties().forEach(header ->
                answer.withHeader(header.getKey(), values.fill(header.getValue().asString(), scenario)));
        if (response.has("body")) {
            answer.withBody(filled(response.path("body"), values, scenario).toString());
        } else if (response.has("xml") || response.has("text")) {
            List<String> lines = new ArrayList<>();
            response.path(response.has("xml") ? "xml" : "text").forEach(line ->
                    lines.add(values.fill(line.asString(), scenario)));
            answer.withBody(String.join(response.has("xml") ? "" : "\n", lines));
        }
        return answer;
    }

    private static JsonNode filled(JsonNode body, ReplayValues values, int scenario) {
        return ExchangeNodes.rewrite(body, leaf -> {
            if (!leaf.isString()) {
                return leaf;
            }
            String number = values.number(leaf.asString(), scenario);
            return number != null && number.matches("-?\\d{1,18}") ? JsonNodeFactory.instance.numberNode(
                    Long.parseLong(number)) : JsonNodeFactory.instance.stringNode(values.fill(leaf.asString(), scenario));
        }, false);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Gives each request, before stubs are matched, the URL of its recorded answers: its scenario and the key of its
     * request, read as a recording reads it. (Stubs told apart by URL alone are matched several times faster than by
     * headers.)
     */
    private static final class Keys implements StubRequestFilterV2 {

        private static final String INFO = "/__emulator/info";

        private final Substitution asRecorded;

        Keys(Substitution asRecorded) {
            this.asRecorded = asRecorded;
        }

        @Override
        public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
            String url = request.getUrl();
            if (url.equals(INFO)) {
                return RequestFilterAction.continueWith(request);
            }
            ObjectNode node = url.startsWith("/__emulator/")
                    ? ExchangeNodes.controlRequest(request.getMethod().getName(), url,
                            new String(request.getBody(), StandardCharsets.UTF_8), asRecorded)
                    : ExchangeNodes.apiRequest(WireCall.parse(url, request::getHeader, request.getBody()),
                            asRecorded);
            String replayUrl = url(request.getHeader(Recorder.SCENARIO_HEADER), hash(ExchangeNodes.key(node)));
            return RequestFilterAction.continueWith(RequestWrapper.create()
                    .transformAbsoluteUrl(absolute -> absolute.substring(0, absolute.indexOf('/', 8)) + replayUrl)
                    .wrap(request));
        }

        /** The URL of a request's answers in a scenario, or in any scenario (null). */
        static String url(String scenario, String key) {
            return "/__replay/" + (scenario == null ? "any" : hash(scenario)) + "/" + key;
        }

        @Override
        public String getName() {
            return "replay-keys";
        }
    }
}
