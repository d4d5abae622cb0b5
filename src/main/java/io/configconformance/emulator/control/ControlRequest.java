package io.configconformance.emulator.control;

import com.github.tomakehurst.wiremock.http.Request;
import io.configconformance.emulator.gateway.Errors;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A control-API request as its task reads it: the JSON body, the path's parameters, the query's account filter. */
final class ControlRequest {

    private final Request request;
    private final Map<String, String> pathParameters;
    private final String query;

    ControlRequest(Request request, Map<String, String> pathParameters, String query) {
        this.request = request;
        this.pathParameters = pathParameters;
        this.query = query;
    }

    /** The body as a JSON object; no body is an empty object. */
    JsonNode body() {
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

    /** The {AccountId} of the route's path; the route's pattern has made sure it is an account ID. */
    long pathAccountId() {
        return Long.parseLong(pathParameters.get("AccountId"));
    }

    /** The AccountId query parameter, or null when the query has none. */
    Long accountFilter() {
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

    /** Loaded with the first control request, not with the emulator: start-up does not wait for Jackson. */
    static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }
}
