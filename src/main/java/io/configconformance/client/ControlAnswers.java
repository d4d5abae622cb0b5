package io.configconformance.client;

import java.io.IOException;
import java.net.URI;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How the control client reads an answer and names a failed exchange, in one line each. */
final class ControlAnswers {

    private ControlAnswers() {
    }

    static JsonNode parse(JsonMapper json, String method, URI uri, int status, String body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new EmulatorControl.ControlApiException(method + " " + uri + " answered " + status
                    + " with a body that is not JSON: the endpoint has no emulator control API");
        }
    }

    static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }
}
