package io.configconformance.emulator;

import static org.junit.jupiter.api.Assertions.assertNull;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.ParameterPlacement;
import io.configconformance.client.SignedRequest;
import io.configconformance.client.Signer;
import io.configconformance.client.TestAccount;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.report.DocumentedError;
import io.configconformance.validation.JsonSchemaValidator;
import io.configconformance.validation.ResponseFields;
import io.configconformance.validation.SchemaLocations;
import io.configconformance.validation.Violation;
import io.configconformance.validation.XmlSchemaValidator;
import io.configconformance.witness.MetadataFacts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Assertions;

/**
 * Generated malformed requests for every operation, validly signed, sent over HTTP: each must get a 4xx code that a
 * page, the API metadata or the gateway documents, in the error envelope of the requested format, never a 5xx, never a
 * 2xx, never a hang. The number of tries is jqwik's default (2,000 in CI, junit-platform.properties);
 * {@code -Djqwik.tries.default=100000} runs 100,000.
 */
class NegativeRequestsTest {

    private static final Set<String> DOCUMENTED = new HashSet<>(Set.of("MissingParameter", "InvalidParameter",
            "InvalidVersion", "InvalidAction.NotFound", "InvalidAccessKeyId.NotFound", "SignatureDoesNotMatch",
            "SignatureNonceUsed", "InvalidTimeStamp.Expired", "InvalidTimeStamp.Format", "IncompleteSignature",
            "IdempotentParameterMismatch", "RequestTooLarge", "MalformedRequest"));
    private static final List<String> INJECTIONS = List.of("' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd",
            "${jndi:ldap://127.0.0.1/x}", "%00", "\u0000", "\r\nX-Injected: 1", "🙂", "Ünïcödé", "a".repeat(5000));

    private static Emulator emulator;
    private static Map<String, TestAccount> callers;
    private static String groupId;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicLong SENT = new AtomicLong();
    private static final ConcurrentLinkedQueue<String> BROKEN = new ConcurrentLinkedQueue<>();

    /** One generated request: who sends it, to which action and version, with which parameters, and how. */
    record Malformed(String caller, String action, String version, Map<String, String> parameters, String how) {
        @Override
        public String toString() {
            return how + ": " + action + " " + version + " as " + caller + " " + abbreviate(parameters.toString());
        }
    }

    @BeforeContainer
    static void start() {
        DocumentedError.catalogue().forEach(error -> DOCUMENTED.add(error.code()));
        MetadataFacts.VERSIONS.forEach(version -> DOCUMENTED.addAll(MetadataFacts.shipped(version).codes()));
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
        EmulatorControl control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(5));
        TestAccount management = control.createAccount("management");
        control.setAggregatorCreation(management.accountId(), Duration.ZERO);
        long member = control.createMember(management.accountId()).accountId();
        callers = Map.of("individual", control.createAccount("individual"), "management", management);
        ApiResponse created = new ConfigClient(ClientSettings.defaults(emulator.baseUri(), management.credentials()))
                .createAggregator(AggregatorRequest.create("negative", "CUSTOM").withDescription("d")
                        .withAccounts("[{\"AccountId\":" + member + ",\"AccountType\":\"ResourceDirectory\"}]"));
        groupId = ResponseFields.values(created.format(), created.body(), "AggregatorId").get(0);
    }

    @AfterContainer
    static void stop() {
        System.out.println("NegativeRequestsTest: " + SENT.get() + " generated malformed requests sent, "
                + BROKEN.size() + " answers broke the rules");
        emulator.close();
    }

    @Property
    void everyMalformedRequestGetsADocumentedClientError(@ForAll("malformed") Malformed request,
                                                         @ForAll("formats") ResponseFormat format) throws Exception {
        SENT.incrementAndGet();
        HttpResponse<String> response = send(request, format);
        String problem = judge(response, format);
        if (problem != null) {
            BROKEN.add(request + " -> " + problem);
            Assertions.fail(request + " -> " + problem);
        }
    }

    /** Found by the property: digits of other scripts (here Arabic-Indic one) are no MaxResults. */
    @Example
    void maxResultsInAnotherScriptsDigitsIsAClientError() throws Exception {
        Malformed request = of("management", "ListAggregators", "2020-09-07", Map.of("MaxResults", "\u0661"),
                "MaxResults not in ASCII digits");
        assertNull(judge(send(request, ResponseFormat.JSON), ResponseFormat.JSON), request.toString());
    }

    @Provide
    Arbitrary<ResponseFormat> formats() {
        return Arbitraries.of(ResponseFormat.values());
    }

    @Provide
    Arbitrary<Malformed> malformed() {
        Arbitrary<String> junk = Arbitraries.oneOf(Arbitraries.of(INJECTIONS),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(40));
        return Arbitraries.oneOf(
                junk.filter(a -> !Set.of("StartConfigurationRecorder", "PutConfigurationRecorder").contains(a))
                        .map(action -> of("individual", action, "2020-09-07", Map.of(), "unknown action")),
                junk.filter(v -> !v.equals("2019-01-08") && !v.equals("2020-09-07"))
                        .map(version -> of("individual", "StartConfigurationRecorder", version, Map.of(), "unknown version")),
                junk.filter(f -> !f.equalsIgnoreCase("json") && !f.equalsIgnoreCase("xml"))
                        .map(f -> of("individual", "GetConfigurationRecorder", "2020-09-07", Map.of("Format", f), "bad Format")),
                Arbitraries.of("PutConfigurationRecorder", "CreateAggregator", "UpdateAggregator", "GetAggregator",
                        "DeleteAggregators", "ListAggregators").map(NegativeRequestsTest::missingRequired),
                junk.filter(v -> !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false"))
                        .map(v -> of("management", "StartConfigurationRecorder", "2019-01-08",
                                Map.of("EnterpriseEdition", v), "EnterpriseEdition not a Boolean")),
                junk.map(v -> of("individual", "PutConfigurationRecorder", "2019-01-08",
                        Map.of("ResourceTypes", v), "ResourceTypes not catalogue types")),
                junk.filter(v -> !v.matches("[1-9]\\d?|100")).map(v -> of("management", "ListAggregators",
                        "2020-09-07", Map.of("MaxResults", v), "MaxResults not 1-100")),
                junk.filter(v -> !Set.of("RD", "FOLDER", "CUSTOM").contains(v)).map(v -> of("management",
                        "CreateAggregator", "2020-09-07", Map.of("AggregatorName", "n", "Description", "d", "AggregatorType", v),
                        "AggregatorType outside the enum")),
                brokenAccounts().map(v -> of("management", "CreateAggregator", "2020-09-07",
                        Map.of("AggregatorName", "n", "Description", "d", "AggregatorAccounts", v), "broken AggregatorAccounts")),
                brokenAccounts().map(v -> of("management", "UpdateAggregator", "2020-09-07",
                        Map.of("AggregatorId", "{group}", "AggregatorAccounts", v), "broken AggregatorAccounts")),
                badClientTokens().map(v -> of("management", "CreateAggregator", "2020-09-07",
                        Map.of("AggregatorName", "n", "Description", "d", "AggregatorType", "RD", "ClientToken", v), "bad ClientToken")),
                junk.filter(v -> !v.startsWith("ca-")).map(v -> of("management", "GetAggregator", "2020-09-07",
                        Map.of("AggregatorId", v), "AggregatorId not a group")),
                Arbitraries.of("query", "body", "json-body", "oversized-body").map(how ->
                        of("individual", "PutConfigurationRecorder", "2019-01-08", Map.of(), "transport: " + how)));
    }

    private static Malformed of(String caller, String action, String version, Map<String, String> parameters,
                                String how) {
        return new Malformed(caller, action, version, parameters, how);
    }

    private static Malformed missingRequired(String action) {
        return of("management", action, action.equals("PutConfigurationRecorder") ? "2019-01-08" : "2020-09-07",
                Map.of(), "required parameter missing");
    }

    private static Arbitrary<String> brokenAccounts() {
        return Arbitraries.oneOf(
                Arbitraries.of("[", "[{", "{}", "[1,2]", "null", "\"x\"", "[{\"AccountId\":true}]",
                        "[{\"AccountId\":1.5,\"AccountType\":\"ResourceDirectory\"}]",
                        "[{\"AccountId\":\"12a\",\"AccountType\":\"ResourceDirectory\"}]",
                        "[{\"AccountId\":1,\"AccountType\":\"Other\"}]", "[]",
                        "[{\"AccountId\":1,\"AccountId\":2,\"AccountType\":\"ResourceDirectory\"}]"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(30).map(s -> "[{\"AccountId\":" + s));
    }

    private static Arbitrary<String> badClientTokens() {
        return Arbitraries.oneOf(Arbitraries.strings().ascii().ofMinLength(65).ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0100', '\uFFEF').ofMinLength(1).ofMaxLength(10));
    }

    private static HttpResponse<String> send(Malformed request, ResponseFormat format) throws Exception {
        Map<String, String> parameters = new TreeMap<>();
        request.parameters().forEach((k, v) -> parameters.put(k, v.replace("{group}", groupId)));
        boolean inBody = request.how().endsWith("body");
        SignedRequest signed = Signer.of(callers.get(request.caller()).credentials()).v1(
                inBody ? ParameterPlacement.FORM : ParameterPlacement.QUERY, request.action(), request.version(),
                parameters.getOrDefault("Format", format.name()), parameters);
        String encoded = inBody ? new String(signed.body(), StandardCharsets.UTF_8)
                : signed.pathAndQuery().substring("/?".length());
        HttpRequest.Builder builder;
        switch (request.how()) {
            case "transport: query" -> builder = get(encoded + "&Action=" + request.action());
            case "transport: json-body" -> builder = HttpRequest.newBuilder(URI.create(emulator.baseUri() + "/"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"Action\":\"PutConfigurationRecorder\"}"));
            case "transport: body", "transport: oversized-body" -> builder = HttpRequest.newBuilder(
                    URI.create(emulator.baseUri() + "/")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded + (request.how().contains("oversized")
                            ? "&Padding=" + "x".repeat(1 << 20) : "&Format=" + format.name())));
            default -> builder = get(encoded);
        }
        return HTTP.send(builder.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder get(String query) {
        return HttpRequest.newBuilder(URI.create(emulator.baseUri() + "/?" + query)).GET();
    }

    /** Null when the answer keeps the rules; otherwise what is wrong with it. */
    private static String judge(HttpResponse<String> response, ResponseFormat requested) {
        int status = response.statusCode();
        if (status < 400 || status > 499) {
            return "HTTP " + status + " " + abbreviate(response.body());
        }
        ResponseFormat format = response.headers().firstValue("Content-Type").orElse("").startsWith("application/xml")
                ? ResponseFormat.XML : ResponseFormat.JSON;
        List<Violation> violations = format == ResponseFormat.XML
                ? new XmlSchemaValidator().validate(SchemaLocations.XML_ERROR, response.body())
                : new JsonSchemaValidator().validate(SchemaLocations.JSON_ERROR, response.body());
        if (!violations.isEmpty()) {
            return "not the error envelope: " + violations + " " + abbreviate(response.body());
        }
        List<String> code = ResponseFields.values(format, response.body(), "Code");
        if (!DOCUMENTED.contains(code.get(0))) {
            return "undocumented code " + code;
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
