package io.configconformance.client;

import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One answer of the endpoint under test, as received: nothing is interpreted yet. */
public record ApiResponse(String action, ApiVersion version, int status, Map<String, List<String>> headers,
                          String body, ResponseFormat format) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
                .map(entry -> entry.getValue().get(0))
                .findFirst();
    }

    /** "StartConfigurationRecorder 2020-09-07 (JSON)", for messages. */
    public String describe() {
        return action + " " + version + " (" + format + ")";
    }
}
