package io.configconformance.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suite's side of the emulator control API ({@code /__emulator/}). The suite reaches the emulator only through
 * HTTP, so an emulator started in another process or on another port is driven exactly like the embedded one.
 */
public final class EmulatorControl {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where an emulator's control token comes from when the caller gives none (docs/EMULATOR.md, "Security"). */
    public static final String TOKEN_PROPERTY = "conformance.control-token";
    public static final String TOKEN_VARIABLE = "CONFORMANCE_CONTROL_TOKEN";

    private final URI base;
    private final Duration timeout;
    private final String token;
    private final HttpStats stats;
    private final HttpTransport wire;

    /** A client with the token of {@value #TOKEN_PROPERTY} or {@value #TOKEN_VARIABLE}, if either is set. */
    public EmulatorControl(URI endpoint, Duration timeout) {
        this(endpoint, timeout, System.getProperty(TOKEN_PROPERTY, System.getenv(TOKEN_VARIABLE)));
    }

    /** A client that sends the control token, which an emulator listening beyond loopback requires; null for none. */
    public EmulatorControl(URI endpoint, Duration timeout, String token) {
        this(endpoint, timeout, token, Pacing.none());
    }

    /**
     * A client of a run: its exchanges count in the run's statistics (a run's control calls are part of its wire
     * time) and go through the run's transport, tap included. The control API is never paced or resent.
     */
    public EmulatorControl(URI endpoint, Duration timeout, String token, Pacing run) {
        this.stats = run.stats();
        this.wire = run.transport();
        this.base = endpoint.resolve("/__emulator/");
        this.timeout = timeout;
        this.token = token == null || token.isBlank() ? null : token.trim();
        wire.secrets().keep(this.token);
    }

    /** What answers at an endpoint: the emulator's control API, something else, or nothing at all. */
    public enum Presence { EMULATOR, NO_CONTROL_API, UNREACHABLE }

    /** Looks for the control API once; the reason says what was found when it is not there. */
    public record Probe(Presence presence, String reason) {
    }

    /** The start-up probe: bounded like every request of the suite, by the timeout for the whole answer and its size. */
    public Probe probe() {
        URI uri = base.resolve("info");
        try {
            HttpTransport.Answer answer = exchange("GET", uri, null);
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            if (answer.status() == 401 && body.contains("\"Forbidden.ControlApi\"")) {
                return new Probe(Presence.UNREACHABLE, "the emulator at " + base.resolve("/") + " needs its control "
                        + "token: set -D" + TOKEN_PROPERTY + " or " + TOKEN_VARIABLE + " to the token it printed");
            }
            boolean emulator = answer.status() == 200 && ControlAnswers.parse(JSON, "GET", uri, answer.status(), body)
                    .path("Emulator").asString("").equals("config-conformance");
            return emulator ? new Probe(Presence.EMULATOR, "control API found")
                    : new Probe(Presence.NO_CONTROL_API, "no emulator control API (GET " + uri
                    + " answered " + answer.status() + ")");
        } catch (ControlApiException e) {
            return new Probe(Presence.NO_CONTROL_API, e.getMessage());
        } catch (IOException e) {
            return new Probe(Presence.UNREACHABLE, "cannot reach " + base.resolve("/") + ": "
                    + ControlAnswers.describe(e));
        }
    }

    /** The emulator's self-description; fails when the endpoint has no control API. */
    public JsonNode info() {
        return send("GET", "info", null);
    }

    public List<TestAccount> accounts() {
        return ControlAnswers.accounts(send("GET", "accounts", null).path("Accounts"), wire.secrets());
    }

    public TestAccount createAccount(String role) {
        return ControlAnswers.account(send("POST", "accounts", Map.of("Role", role)).path("Account"), wire.secrets());
    }

    /**
     * A new account of the role whose recorder deployments and account-group creations take the given times; null
     * leaves a time at the emulator's. One request, however many timings.
     */
    public TestAccount createAccount(String role, Duration recorderTransition, Duration aggregatorCreation) {
        Map<String, Object> body = timings(recorderTransition, aggregatorCreation);
        body.put("Role", role);
        return ControlAnswers.account(send("POST", "accounts", body).path("Account"), wire.secrets());
    }

    public TestAccount createMember(long managementAccountId) {
        return createMember(managementAccountId, null);
    }

    /** A new member of the directory, in the folder or else (null) its root folder. */
    public TestAccount createMember(long managementAccountId, String folderId) {
        return createMembers(managementAccountId, folderId, 1).get(0);
    }

    /** {@code count} new members of the directory, in the folder or else (null) its root folder, in one request (200
     *  members cost one round trip, not 200); all of them or, past the emulator's bound, none. */
    public List<TestAccount> createMembers(long managementAccountId, String folderId, int count) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("Role", "member", "ManagementAccountId",
                managementAccountId, "Count", count));
        if (folderId != null) {
            body.put("FolderId", folderId);
        }
        return ControlAnswers.batch(send("POST", "accounts", body), count, wire.secrets());
    }

    /** How long this account's recorder deployments last on the emulator (BUILDING, REBUILDING). */
    public void setRecorderTransition(long accountId, Duration transition) {
        changeSettings(accountId, Map.of("RecorderTransitionMillis", transition.toMillis()));
    }

    /** How long this account's account groups stay in creation (AggregatorStatus 0). */
    public void setAggregatorCreation(long accountId, Duration creation) {
        changeSettings(accountId, Map.of("AggregatorCreationMillis", creation.toMillis()));
    }

    /** Changes the emulator's settings (RecorderTransitionMillis, AggregatorCreationMillis, LatencyMillis,
     *  RateLimitPerSecond) and answers them all. */
    public JsonNode changeSettings(Map<String, ?> settings) {
        return send("PUT", "settings", settings);
    }

    /** Changes one account's settings (the same names as {@link #changeSettings}) and answers them all. */
    public JsonNode changeSettings(long accountId, Map<String, ?> settings) {
        return send("PUT", "accounts/" + accountId + "/settings", settings);
    }

    /** A new folder in the resource directory of a management account; answers its FolderId. */
    public String createFolder(long managementAccountId) {
        return send("POST", "folders", Map.of("ManagementAccountId", managementAccountId)).path("Folder")
                .path("FolderId").asString();
    }

    /** The next {@code times} calls of the action by this account fail with a code its page documents. */
    public void injectFault(String action, String code, int times, long accountId) {
        injectFault(Map.of("Action", action, "Code", code, "Times", times, "AccountId", accountId));
    }

    /** Arms a fault as the control API takes it: Action, and Code and/or DelayMillis, optionally Times, AccountId. */
    public JsonNode injectFault(Map<String, ?> fault) {
        return send("POST", "faults", fault).path("Fault");
    }

    /** The next {@code times} calls of the action, by any account, fail with a code its page documents. */
    public void injectFault(String action, String code, int times) {
        injectFault(Map.of("Action", action, "Code", code, "Times", times));
    }

    /** The faults armed and not yet used up: [{"Action":...,"Code":...,"Times":...}, ...]. */
    public List<JsonNode> faults() {
        List<JsonNode> faults = new ArrayList<>();
        send("GET", "faults", null).path("Faults").forEach(faults::add);
        return faults;
    }

    /** How long recorder deployments and account-group creations take for every account without its own timings. */
    public void setTimings(Duration recorderTransition, Duration aggregatorCreation) {
        changeSettings(timings(recorderTransition, aggregatorCreation));
    }

    /** The body's timing fields; a null duration is left out (the emulator's stays). */
    private static Map<String, Object> timings(Duration recorderTransition, Duration aggregatorCreation) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (recorderTransition != null) {
            body.put("RecorderTransitionMillis", recorderTransition.toMillis());
        }
        if (aggregatorCreation != null) {
            body.put("AggregatorCreationMillis", aggregatorCreation.toMillis());
        }
        return body;
    }

    /** The emulator-wide settings: {"RecorderTransitionMillis":...,"AggregatorCreationMillis":...,"LatencyMillis":...,
     *  "RateLimitPerSecond":...}. */
    public JsonNode settings() {
        return send("GET", "settings", null);
    }

    /** The emulator's resources, optionally of one account: {"Recorders":[...],"Aggregators":[...]}. */
    public JsonNode resources(Long accountId) {
        return send("GET", accountId == null ? "resources" : "resources?AccountId=" + accountId, null);
    }

    public void reset() {
        send("POST", "reset", null);
    }

    private JsonNode send(String method, String path, Object body) {
        URI uri = base.resolve(path);
        HttpTransport.Answer answer;
        long started = System.nanoTime();
        try {
            answer = exchange(method, uri, body == null ? null : JSON.writeValueAsBytes(body));
            stats.exchange(System.nanoTime() - started);
        } catch (IOException e) {
            throw new ControlApiException(method + " " + uri + " failed: " + ControlAnswers.describe(e));
        }
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        wire.tap().control(method, uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                body == null ? null : JSON.writeValueAsString(body), answer.status(), answer.headers(), text);
        JsonNode node = ControlAnswers.parse(JSON, method, uri, answer.status(), text);
        if (answer.status() != 200) {
            throw new ControlApiException(method + " " + uri + " answered " + answer.status()
                    + " " + node.path("Code").asString("") + ": " + node.path("Message").asString(""));
        }
        return node;
    }

    /** One exchange within the connect timeout, a deadline for the whole answer and the cap on its size. */
    private HttpTransport.Answer exchange(String method, URI uri, byte[] body) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(wire.tap().headers());
        headers.put("Content-Type", "application/json");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return wire.send(method, uri, headers, body, timeout, timeout);
    }

    /** The control API could not be reached or refused a request; the message says which and why. */
    public static final class ControlApiException extends RuntimeException {
        public ControlApiException(String message) {
            super(message);
        }
    }
}
