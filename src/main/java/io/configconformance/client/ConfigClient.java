package io.configconformance.client;

import io.configconformance.protocol.Action;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.signing.PercentEncoding;
import io.configconformance.signing.SignatureV1;
import io.configconformance.signing.SignatureV3;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A typed Cloud Config client: one method per operation, each returning the raw {@link ApiResponse}. It signs with V1
 * or V3 exactly as PROTOCOL.md describes and sends it through {@link HttpTransport}. The last exchange is kept, masked,
 * for failure reports.
 */
public final class ConfigClient {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final int MAX_REPORTED_BODY = 16 * 1024;

    private final ClientSettings settings;
    private volatile Exchange lastExchange;

    public ConfigClient(ClientSettings settings) {
        this.settings = settings;
    }

    public ClientSettings settings() {
        return settings;
    }

    /** StartConfigurationRecorder without parameters (2020-09-07, or 2019-01-08 with the default edition). */
    public ApiResponse startConfigurationRecorder() {
        return call(Action.START_CONFIGURATION_RECORDER.wireName(), Map.of());
    }

    /** StartConfigurationRecorder 2019-01-08 with EnterpriseEdition. */
    public ApiResponse startConfigurationRecorder(boolean enterpriseEdition) {
        return call(Action.START_CONFIGURATION_RECORDER.wireName(),
                Map.of("EnterpriseEdition", String.valueOf(enterpriseEdition)));
    }

    /** PutConfigurationRecorder 2019-01-08: ResourceTypes as the comma-separated text the page specifies. */
    public ApiResponse putConfigurationRecorder(String resourceTypes) {
        return call(Action.PUT_CONFIGURATION_RECORDER.wireName(), Map.of("ResourceTypes", resourceTypes));
    }

    /** DescribeConfigurationRecorder (2019-01-08). */
    public ApiResponse describeConfigurationRecorder() {
        return call(Action.DESCRIBE_CONFIGURATION_RECORDER.wireName(), Map.of());
    }

    /** GetConfigurationRecorder (2020-09-07). */
    public ApiResponse getConfigurationRecorder() {
        return call(Action.GET_CONFIGURATION_RECORDER.wireName(), Map.of());
    }

    public ApiResponse createAggregator(AggregatorRequest request) {
        return call(Action.CREATE_AGGREGATOR.wireName(), request.parameters());
    }

    public ApiResponse updateAggregator(AggregatorRequest request) {
        return call(Action.UPDATE_AGGREGATOR.wireName(), request.parameters());
    }

    public ApiResponse getAggregator(String aggregatorId) {
        return call(Action.GET_AGGREGATOR.wireName(), Map.of("AggregatorId", aggregatorId));
    }

    /** ListAggregators: one page of at most MaxResults (1-100) groups. */
    public ApiResponse listAggregators(int maxResults) {
        return call(Action.LIST_AGGREGATORS.wireName(), Map.of("MaxResults", String.valueOf(maxResults)));
    }

    /** DeleteAggregators: the IDs travel comma-separated. */
    public ApiResponse deleteAggregators(String... aggregatorIds) {
        return call(Action.DELETE_AGGREGATORS.wireName(), Map.of("AggregatorIds", String.join(",", aggregatorIds)));
    }

    /** Any action with operation parameters; the typed methods above are the normal way in. */
    public ApiResponse call(String action, Map<String, String> operationParameters) {
        return settings.signature() == SignatureVersion.V3
                ? sendV3(action, operationParameters)
                : sendV1(action, operationParameters);
    }

    public Exchange lastExchange() {
        return lastExchange;
    }

    private ApiResponse sendV1(String action, Map<String, String> operationParameters) {
        Map<String, String> parameters = new TreeMap<>(operationParameters);
        parameters.put("Action", action);
        parameters.put("Version", settings.version().wireName());
        parameters.put("Format", settings.format().name());
        parameters.put("AccessKeyId", settings.credentials().accessKeyId());
        parameters.put("SignatureMethod", SignatureV1.SIGNATURE_METHOD);
        parameters.put("SignatureVersion", SignatureV1.SIGNATURE_VERSION);
        parameters.put("SignatureNonce", settings.nonceSource().get());
        parameters.put("Timestamp", TIMESTAMP.format(settings.clock().instant().truncatedTo(ChronoUnit.SECONDS)));
        if (settings.credentials().securityToken() != null) {
            parameters.put("SecurityToken", settings.credentials().securityToken());
        }
        parameters.keySet().removeAll(settings.omittedParameters());
        String method = settings.placement() == ParameterPlacement.FORM ? "POST" : "GET";
        if (!settings.omittedParameters().contains("Signature")) {
            parameters.put("Signature", SignatureV1.sign(method, parameters, settings.credentials().accessKeySecret()));
        }
        String encoded = PercentEncoding.encodeParameters(parameters);
        Map<String, String> headers = new LinkedHashMap<>();
        if (settings.placement() == ParameterPlacement.FORM) {
            headers.put("Content-Type", FORM);
            return send(action, method, "/", headers, encoded.getBytes(StandardCharsets.UTF_8));
        }
        return send(action, method, "/?" + encoded, headers, null);
    }

    private ApiResponse sendV3(String action, Map<String, String> operationParameters) {
        Map<String, String> form = new TreeMap<>(operationParameters);
        if (settings.format() == ResponseFormat.XML) {
            form.put("Format", ResponseFormat.XML.name());
        }
        byte[] body = form.isEmpty() ? new byte[0] : PercentEncoding.encodeParameters(form).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new TreeMap<>();
        headers.put("host", authority(settings.endpoint()));
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", settings.version().wireName());
        headers.put("x-acs-date", TIMESTAMP.format(settings.clock().instant().truncatedTo(ChronoUnit.SECONDS)));
        headers.put("x-acs-signature-nonce", settings.nonceSource().get());
        headers.put("x-acs-content-sha256", SignatureV3.sha256Hex(body));
        if (body.length > 0) {
            headers.put("content-type", FORM);
        }
        if (settings.credentials().securityToken() != null) {
            headers.put("x-acs-security-token", settings.credentials().securityToken());
        }
        headers.keySet().removeAll(settings.omittedParameters());
        List<String> signed = SignatureV3.signedHeaderNames(headers.keySet());
        String canonical = SignatureV3.canonicalRequest("POST", "/", Map.of(), headers, signed,
                headers.getOrDefault("x-acs-content-sha256", SignatureV3.sha256Hex(body)));
        if (!settings.omittedParameters().contains("Authorization")) {
            headers.put("Authorization", SignatureV3.authorization(settings.credentials().accessKeyId(), signed,
                    SignatureV3.signature(canonical, settings.credentials().accessKeySecret())));
        }
        return send(action, "POST", "/", headers, body.length > 0 ? body : null);
    }

    private ApiResponse send(String action, String method, String pathAndQuery, Map<String, String> headers,
                             byte[] body) {
        HttpTransport.Answer response;
        long started = System.nanoTime();
        try {
            response = HttpTransport.send(method, resolve(pathAndQuery), headers, body, settings.connectTimeout(),
                    settings.readTimeout());
            HttpStats.exchange(System.nanoTime() - started);
        } catch (IOException | RuntimeException e) {
            lastExchange = new Exchange(() -> method + " " + settings.endpoint() + pathAndQuery, e::toString);
            throw new TransportFailure(action + " " + settings.version(), settings.endpoint(), e);
        }
        String text = new String(response.body(), StandardCharsets.UTF_8);
        Map<String, List<String>> responseHeaders = response.headers();
        lastExchange = new Exchange(
                () -> method + " " + settings.endpoint() + pathAndQuery + "\n" + lines(headers)
                        + (body == null ? "" : "\n" + new String(body, StandardCharsets.UTF_8)),
                () -> "HTTP " + response.status() + "\n" + linesOf(responseHeaders) + "\n" + abbreviate(text));
        return new ApiResponse(action, settings.version(), response.status(), responseHeaders, text,
                settings.format());
    }

    /** The Host header value a client sends: host, plus the port unless it is the scheme's default. */
    static String authority(URI endpoint) {
        int port = endpoint.getPort();
        boolean defaultPort = port < 0 || port == 80 && "http".equalsIgnoreCase(endpoint.getScheme())
                || port == 443 && "https".equalsIgnoreCase(endpoint.getScheme());
        return defaultPort ? endpoint.getHost() : endpoint.getHost() + ":" + port;
    }

    /** The endpoint with this path and query; an endpoint given with a path keeps it. */
    private URI resolve(String pathAndQuery) {
        String base = settings.endpoint().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery);
    }

    private static String lines(Map<String, String> headers) {
        return headers.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static String linesOf(Map<String, List<String>> headers) {
        return headers.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_REPORTED_BODY ? text
                : text.substring(0, MAX_REPORTED_BODY) + "\n... (" + text.length() + " characters in all)";
    }
}
