package io.configconformance.protocol;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Cloud Config actions this project speaks, by their wire name (the {@code Action} parameter of V1, the
 * {@code x-acs-action} header of V3; PROTOCOL.md). The documented ones follow docs/api-reference/000-004; the readers
 * (DescribeConfigurationRecorder, GetConfigurationRecorder, GetAggregator, ListAggregators, DeleteAggregators) follow
 * the official SDK models, because real clients call them between the documented ones.
 */
public enum Action {
    PUT_CONFIGURATION_RECORDER("PutConfigurationRecorder"),
    START_CONFIGURATION_RECORDER("StartConfigurationRecorder"),
    DESCRIBE_CONFIGURATION_RECORDER("DescribeConfigurationRecorder"),
    GET_CONFIGURATION_RECORDER("GetConfigurationRecorder"),
    CREATE_AGGREGATOR("CreateAggregator"),
    UPDATE_AGGREGATOR("UpdateAggregator"),
    GET_AGGREGATOR("GetAggregator"),
    LIST_AGGREGATORS("ListAggregators"),
    DELETE_AGGREGATORS("DeleteAggregators");

    private final String wireName;

    Action(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The action of this wire name, exactly as spelled (the gateway is case-sensitive); empty for any other. */
    public static Optional<Action> fromWire(String value) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
