package io.configconformance.emulator.control;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.protocol.ApiError;
import io.configconformance.emulator.protocol.ApiRequest;
import io.configconformance.emulator.protocol.Errors;
import io.configconformance.emulator.protocol.ResponseRenderer;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.Role;
import io.configconformance.protocol.ResponseFormat;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's control API under {@code /__emulator/}: what the suite and other teams' tests use to set the stage
 * over HTTP (accounts, reset, settings), so that an emulator started elsewhere is driven exactly like the embedded
 * one. Answers are JSON; failures use the same envelope as the Cloud Config API. The API is documented in README.md.
 */
public final class ControlApiTransformer implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "cloud-config-emulator-control";
    public static final String PREFIX = "/__emulator";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ACCOUNT_SETTINGS = Pattern.compile("PUT /accounts/(\\d{1,18})/settings");

    private final EmulatorState state;
    private final String version;
    private final ResponseRenderer renderer = new ResponseRenderer();

    public ControlApiTransformer(EmulatorState state, String version) {
        this.state = state;
        this.version = version;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = request.getUrl().split("\\?", 2)[0];
        String route = request.getMethod().getName() + " " + path.substring(PREFIX.length());
        String requestId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
        try {
            return json(200, route(route, request));
        } catch (ApiError error) {
            return renderer.error(error, ResponseFormat.JSON, requestId, ApiRequest.hostId(request)).toDefinition();
        }
    }

    private Object route(String route, Request request) {
        Matcher accountSettings = ACCOUNT_SETTINGS.matcher(route);
        if (accountSettings.matches()) {
            return applyAccountSettings(Long.parseLong(accountSettings.group(1)), body(request));
        }
        switch (route) {
            case "GET /info":
                return Map.of("Emulator", "config-conformance", "Version", version,
                        "ApiVersions", List.of("2019-01-08", "2020-09-07"));
            case "GET /accounts":
                return Map.of("Accounts", state.accounts().all().stream().map(ControlApiTransformer::describe).toList());
            case "POST /accounts":
                return Map.of("Account", describe(createAccount(body(request))));
            case "POST /reset":
                state.reset();
                return Map.of("Reset", true);
            case "GET /settings":
                return settings();
            case "PUT /settings":
                applySettings(body(request));
                return settings();
            default:
                throw new ApiError(404, "InvalidAction.NotFound", "The emulator control API has no " + route
                        + ". Routes: GET /info, GET /accounts, POST /accounts, PUT /accounts/{AccountId}/settings,"
                        + " POST /reset, GET|PUT /settings.");
        }
    }

    private Account createAccount(JsonNode body) {
        String roleName = body.path("Role").asString("");
        Role role = Role.fromWire(roleName).orElseThrow(() -> Errors.invalidParameter("Role",
                "expected one of individual, management, member, unauthorized, nonexistent, got '" + roleName + "'"));
        JsonNode management = body.path("ManagementAccountId");
        Long managementId = management.canConvertToLong() ? management.asLong() : null;
        try {
            return state.accounts().create(role, managementId);
        } catch (IllegalArgumentException e) {
            throw Errors.invalidParameter("ManagementAccountId", e.getMessage());
        }
    }

    private Map<String, Object> settings() {
        return Map.of("RecorderTransitionMillis", state.recorderTransition().toMillis());
    }

    private void applySettings(JsonNode body) {
        state.setRecorderTransition(transition(body));
    }

    private Map<String, Object> applyAccountSettings(long accountId, JsonNode body) {
        if (state.accounts().all().stream().noneMatch(account -> account.accountId() == accountId)) {
            throw new ApiError(404, "AccountNotExisted", "The emulator has no account " + accountId + ".");
        }
        Duration transition = transition(body);
        state.setRecorderTransition(accountId, transition);
        return Map.of("AccountId", accountId, "RecorderTransitionMillis", transition.toMillis());
    }

    private static Duration transition(JsonNode body) {
        JsonNode millis = body.path("RecorderTransitionMillis");
        if (!millis.isIntegralNumber() || millis.asLong() < 0 || millis.asLong() > 3_600_000) {
            throw Errors.invalidParameter("RecorderTransitionMillis", "expected an integer from 0 to 3600000");
        }
        return Duration.ofMillis(millis.asLong());
    }

    private static JsonNode body(Request request) {
        String text = request.getBodyAsString();
        try {
            JsonNode node = JSON.readTree(text == null || text.isBlank() ? "{}" : text);
            if (!node.isObject()) {
                throw Errors.invalidParameter("body", "expected a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw Errors.invalidParameter("body", "not valid JSON");
        }
    }

    private static Map<String, Object> describe(Account account) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("AccountId", account.accountId());
        fields.put("Role", account.role().wireName());
        fields.put("AccessKeyId", account.accessKeyId());
        fields.put("AccessKeySecret", account.accessKeySecret());
        if (account.managementAccountId() != null) {
            fields.put("ManagementAccountId", account.managementAccountId());
        }
        return fields;
    }

    private static ResponseDefinition json(int status, Object body) {
        return new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", ResponseFormat.JSON.contentType())
                .withBody(JSON.writeValueAsBytes(body)).build();
    }
}
