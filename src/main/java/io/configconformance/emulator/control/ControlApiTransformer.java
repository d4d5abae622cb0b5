package io.configconformance.emulator.control;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.operations.OperationRegistry;
import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.ApiRequest;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.gateway.ResponseRenderer;
import io.configconformance.protocol.ResponseFormat;
import java.util.Map;
import io.configconformance.emulator.gateway.RequestIds;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's control API under {@code /__emulator/}: what the suite and other teams' tests use to set the stage
 * over HTTP (accounts, folders, timings, faults, resources, reset), so that an emulator started elsewhere is driven
 * exactly like the embedded one. Answers are JSON; failures use the same envelope as the Cloud Config API. The
 * routes are documented in README.md; the work is done by {@link ControlActions}.
 */
public final class ControlApiTransformer implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "cloud-config-emulator-control";
    public static final String PREFIX = "/__emulator";
    private static final Pattern ACCOUNT_SETTINGS = Pattern.compile("PUT /accounts/(\\d{1,18})/settings");
    private static final String ROUTES = "GET /info, GET|POST /accounts, PUT /accounts/{AccountId}/settings, "
            + "POST /folders, GET|POST /faults, GET /resources, GET|PUT /settings, POST /reset";

    private final ControlActions actions;
    private final ResponseRenderer renderer = new ResponseRenderer();

    public ControlApiTransformer(EmulatorState state, OperationRegistry operations, String version) {
        this.actions = new ControlActions(state, operations, version);
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
        String[] pathAndQuery = request.getUrl().split("\\?", 2);
        String route = request.getMethod().getName() + " " + pathAndQuery[0].substring(PREFIX.length());
        String query = pathAndQuery.length > 1 ? pathAndQuery[1] : "";
        try {
            return new ResponseDefinitionBuilder().withStatus(200)
                    .withHeader("Content-Type", ResponseFormat.JSON.contentType())
                    .withBody(Json.MAPPER.writeValueAsBytes(route(route, query, request))).build();
        } catch (ApiError error) {
            String requestId = RequestIds.next();
            return renderer.error(error, ResponseFormat.JSON, requestId, ApiRequest.hostId(request)).toDefinition();
        }
    }

    private Object route(String route, String query, Request request) {
        Matcher accountSettings = ACCOUNT_SETTINGS.matcher(route);
        if (accountSettings.matches()) {
            return actions.accountSettings(Long.parseLong(accountSettings.group(1)), body(request));
        }
        switch (route) {
            case "GET /info":
                return actions.info();
            case "GET /accounts":
                return Map.of("Accounts", actions.accounts());
            case "POST /accounts":
                return Map.of("Account", actions.createAccount(body(request)));
            case "POST /folders":
                return Map.of("Folder", actions.createFolder(body(request)));
            case "GET /faults":
                return Map.of("Faults", actions.faults());
            case "POST /faults":
                return Map.of("Fault", actions.injectFault(body(request)));
            case "GET /resources":
                return actions.resources(accountFilter(query));
            case "GET /settings":
                return actions.settings();
            case "PUT /settings":
                return actions.changeSettings(body(request));
            case "POST /reset":
                return actions.reset();
            default:
                throw new ApiError(404, "InvalidAction.NotFound",
                        "The emulator control API has no " + route + ". Routes: " + ROUTES + ".");
        }
    }

    private static Long accountFilter(String query) {
        for (String pair : query.split("&")) {
            if (pair.startsWith("AccountId=")) {
                String value = pair.substring("AccountId=".length());
                if (!value.matches("\\d{1,18}")) {
                    throw Errors.invalidParameter("AccountId", "expected an account ID");
                }
                return Long.parseLong(value);
            }
        }
        return null;
    }

    private static JsonNode body(Request request) {
        String text = request.getBodyAsString();
        try {
            JsonNode node = Json.MAPPER.readTree(text == null || text.isBlank() ? "{}" : text);
            if (!node.isObject()) {
                throw Errors.invalidParameter("body", "expected a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw Errors.invalidParameter("body", "not valid JSON");
        }
    }

    /** Loaded with the first control request, not with the emulator: start-up does not wait for Jackson. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }
}
