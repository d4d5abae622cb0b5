package io.configconformance.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of CreateAggregator and UpdateAggregator (api-docs 003, 004). AggregatorAccounts travels as the JSON
 * text clients send; null fields are left out of the request.
 */
public record AggregatorRequest(String aggregatorId, String aggregatorName, String description, String aggregatorType,
                                String folderId, String aggregatorAccounts, String clientToken) {

    public static AggregatorRequest create(String name, String type) {
        return new AggregatorRequest(null, name, null, type, null, null, null);
    }

    public static AggregatorRequest update(String aggregatorId) {
        return new AggregatorRequest(aggregatorId, null, null, null, null, null, null);
    }

    public AggregatorRequest withName(String value) {
        return new AggregatorRequest(aggregatorId, value, description, aggregatorType, folderId, aggregatorAccounts,
                clientToken);
    }

    public AggregatorRequest withDescription(String value) {
        return new AggregatorRequest(aggregatorId, aggregatorName, value, aggregatorType, folderId, aggregatorAccounts,
                clientToken);
    }

    public AggregatorRequest withFolderId(String value) {
        return new AggregatorRequest(aggregatorId, aggregatorName, description, aggregatorType, value,
                aggregatorAccounts, clientToken);
    }

    public AggregatorRequest withAccounts(String json) {
        return new AggregatorRequest(aggregatorId, aggregatorName, description, aggregatorType, folderId, json,
                clientToken);
    }

    public AggregatorRequest withClientToken(String value) {
        return new AggregatorRequest(aggregatorId, aggregatorName, description, aggregatorType, folderId,
                aggregatorAccounts, value);
    }

    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "AggregatorId", aggregatorId);
        put(parameters, "AggregatorName", aggregatorName);
        put(parameters, "Description", description);
        put(parameters, "AggregatorType", aggregatorType);
        put(parameters, "FolderId", folderId);
        put(parameters, "AggregatorAccounts", aggregatorAccounts);
        put(parameters, "ClientToken", clientToken);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
