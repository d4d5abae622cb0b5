package io.configconformance.client;

import io.configconformance.protocol.Action;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A typed Cloud Config client: one method per operation, each returning the raw {@link ApiResponse}. Each call is
 * signed, V1 or V3, by the settings' {@link Signer} and sent through {@link HttpTransport}. The last exchange is
 * kept, masked, for failure reports.
 */
public final class ConfigClient {

    private static final int MAX_REPORTED_BODY = 16 * 1024;
    /** How a note of {@link #takeResends()} begins when the gateway throttled the request. */
    public static final String THROTTLED = "Throttled: ";
    /** How a note of {@link #takeResends()} begins when the request was sent again for no answer, not throttling. */
    public static final String SENT_AGAIN = "Sent again: ";

    private final ClientSettings settings;
    private volatile Exchange lastExchange;
    private final List<String> resends = new ArrayList<>();

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
    /**
     * Signs and sends the call; under a run's {@link Pacing}, a throttled answer is followed by the same call signed
     * and sent again (noted in {@link #takeResends()}) until an answer that is not throttled or the throttle budget.
     */
    public ApiResponse call(String action, Map<String, String> operationParameters) {
        Pacing pacing = settings.pacing();
        Sent sent = send(action, sign(action, operationParameters));
        long deadline = System.nanoTime() + Pacing.THROTTLE_BUDGET_MILLIS * 1_000_000;
        for (int resend = 1; pacing.resendsThrottled() && sent.throttle().isPresent(); resend++) {
            long pause = Pacing.pauseBeforeResend(resend);
            if (System.nanoTime() + pause * 1_000_000 > deadline) {
                note(THROTTLED + action + " was still throttled after " + (resend - 1) + " resends in "
                        + Pacing.THROTTLE_BUDGET_MILLIS / 1000 + " s; the last answer is kept");
                break;
            }
            try {
                pacing.stats().sleepOnPurpose(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            note(THROTTLED + action + " answered HTTP " + sent.answer().status() + " " + sent.throttle().get()
                    + " (the gateway's throttling, not a verdict on the request); sent again after " + pause + " ms");
            pacing.countResend();
            sent = send(action, sign(action, operationParameters));
        }
        return sent.answer();
    }

    /** An answer, and its throttling code if the gateway throttled the request. */
    private record Sent(ApiResponse answer, Optional<String> throttle) {
    }

    private void note(String resend) {
        synchronized (resends) {
            resends.add(resend);
        }
    }

    /**
     * What was sent again since the last call of this method, one line per resend beginning with why
     * ({@link #THROTTLED} or {@link #SENT_AGAIN}), for the scenario's report.
     */
    public List<String> takeResends() {
        synchronized (resends) {
            List<String> taken = List.copyOf(resends);
            resends.clear();
            return taken;
        }
    }

    public Exchange lastExchange() {
        return lastExchange;
    }

    /** The one point of the pipeline where a call becomes a request: the settings' signer builds and signs it. */
    private SignedRequest sign(String action, Map<String, String> operationParameters) {
        Signer signer = settings.signer();
        String version = settings.version().wireName();
        String format = settings.format().name();
        return settings.signature() == SignatureVersion.V3
                ? signer.v3(authority(settings.endpoint()), action, version, format, operationParameters)
                : signer.v1(settings.placement(), action, version, format, operationParameters);
    }

    private Sent send(String action, SignedRequest request) {
        String method = request.method();
        String pathAndQuery = request.pathAndQuery();
        HttpTransport.Answer response;
        Pacing pacing = settings.pacing();
        HttpTransport wire = pacing.transport();
        request.registerInto(wire.secrets()); // before it leaves: an answer may echo it at once
        try {
            pacing.acquire(settings.credentials().accessKeyId());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportFailure(action + " " + settings.version(), settings.endpoint(), e);
        }
        String text;
        Optional<String> throttle = Optional.empty();
        boolean resent = false;
        try {
            long started = System.nanoTime();
            URI uri = resolve(pathAndQuery);
            Map<String, String> headers = withTapHeaders(wire.tap(), request.headers());
            HttpTransport.Answer answer;
            try {
                answer = wire.send(method, uri, headers, request.body(), settings.connectTimeout(),
                        settings.readTimeout());
            } catch (SecondCopy.ClosedBeforeAnswer lost) {
                // What java.net.http does unseen, done knowingly: the same nonce lets the service act on one copy.
                note(SENT_AGAIN + action + ": " + lost.getMessage() + "; sent again with the same nonce");
                resent = true;
                answer = wire.send(method, uri, headers, request.body(), settings.connectTimeout(),
                        settings.readTimeout());
            }
            response = answer;
            pacing.stats().exchange(System.nanoTime() - started);
            text = new String(response.body(), StandardCharsets.UTF_8);
            throttle = Pacing.throttleCode(response.status(), text);
        } catch (IOException | RuntimeException e) {
            lastExchange = new Exchange(() -> method + " " + settings.endpoint() + pathAndQuery, e::toString,
                    wire.secrets());
            throw new TransportFailure(action + " " + settings.version(), settings.endpoint(), e);
        } finally {
            pacing.release(throttle.isPresent());
        }
        wire.tap().api(request, response.status(), response.headers(), text);
        Map<String, List<String>> responseHeaders = response.headers();
        lastExchange = new Exchange(
                () -> method + " " + settings.endpoint() + pathAndQuery + "\n" + lines(request.headers())
                        + (request.body() == null ? "" : "\n" + new String(request.body(), StandardCharsets.UTF_8)),
                () -> "HTTP " + response.status() + "\n" + linesOf(responseHeaders) + "\n" + abbreviate(text),
                wire.secrets());
        if (settings.signer().freshNonces() && SecondCopy.nonceUsed(response.status(), text)) {
            throw SecondCopy.failure(action + " " + settings.version(), settings.endpoint(), resent);
        }
        return new Sent(new ApiResponse(action, settings.version(), response.status(), responseHeaders, text,
                settings.format()), throttle);
    }

    private static Map<String, String> withTapHeaders(WireTap tap, Map<String, String> headers) {
        Map<String, String> extra = tap.headers();
        if (extra.isEmpty()) {
            return headers;
        }
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.putAll(extra);
        return all;
    }

    /** The Host header value a client sends: host, plus the port unless it is the scheme's default. */
    public static String authority(URI endpoint) {
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
