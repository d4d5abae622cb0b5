package io.configconformance.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of CreateAggregator and UpdateAggregator (docs/api-reference/003, 004). AggregatorAccounts travels as the JSON
 * text clients send; a parameter set to null is left out of the request. Immutable: each {@code with...} method is a
 * copy with one parameter changed.
 */
public final class AggregatorRequest {

    private static final AggregatorRequest NONE = new AggregatorRequest(Map.of());

    private final Map<String, String> parameters;

    private AggregatorRequest(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    public static AggregatorRequest create(String name, String type) {
        return NONE.with("AggregatorName", name).with("AggregatorType", type);
    }

    public static AggregatorRequest update(String aggregatorId) {
        return NONE.with("AggregatorId", aggregatorId);
    }

    public AggregatorRequest withName(String value) {
        return with("AggregatorName", value);
    }

    public AggregatorRequest withDescription(String value) {
        return with("Description", value);
    }

    public AggregatorRequest withFolderId(String value) {
        return with("FolderId", value);
    }

    public AggregatorRequest withAccounts(String json) {
        return with("AggregatorAccounts", json);
    }

    public AggregatorRequest withClientToken(String value) {
        return with("ClientToken", value);
    }

    /** The AggregatorName, or null when it is left out. */
    public String aggregatorName() {
        return parameters.get("AggregatorName");
    }

    /** The ClientToken, or null when it is left out. */
    public String clientToken() {
        return parameters.get("ClientToken");
    }

    Map<String, String> parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return "AggregatorRequest" + parameters;
    }

    /** The single copy point. */
    private AggregatorRequest with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new AggregatorRequest(Collections.unmodifiableMap(changed));
    }
}
