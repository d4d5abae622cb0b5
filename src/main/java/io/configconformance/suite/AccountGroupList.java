package io.configconformance.suite;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ConfigClient;
import io.configconformance.protocol.Action;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account groups of a management account as ListAggregators (2020-09-07, JSON) lists them, page by page, each
 * group read as one object: a group whose name or description the service leaves out has them null, and never takes
 * another group's (two flattened lists of names and IDs, paired by index, would shift by one).
 */
public final class AccountGroupList {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MOST_PAGES = 100;

    /** One listed group; name and description are null when the answer leaves them out. */
    public record Group(String id, String name, String description) {

        /** The suite's prefix and its marker: what a group created by the suite carries when nothing renamed it. */
        public boolean markedAsTheSuites() {
            return name != null && name.startsWith(GroupNames.PREFIX) && description != null
                    && description.startsWith(GroupNames.MARKER);
        }
    }

    private AccountGroupList() {
    }

    /** Every group of the client's account; throws IllegalArgumentException saying why when a page cannot be read. */
    public static List<Group> of(ConfigClient caller) {
        ConfigClient client = new ConfigClient(caller.settings().withVersion(ApiVersion.V2020_09_07)
                .withFormat(ResponseFormat.JSON));
        List<Group> groups = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            ApiResponse page = client.call(Action.LIST_AGGREGATORS.wireName(), token.isEmpty()
                    ? Map.of("MaxResults", "100") : Map.of("MaxResults", "100", "NextToken", token));
            if (!page.isSuccess()) {
                throw new IllegalArgumentException("ListAggregators answered HTTP " + page.status());
            }
            token = read(page.body(), groups);
        } while (!token.isEmpty() && ++pages < MOST_PAGES);
        return groups;
    }

    /** Adds the page's groups to {@code groups}; the page's NextToken, or "" on the last page. */
    static String read(String body, List<Group> groups) {
        JsonNode result;
        try {
            result = JSON.readTree(body).path("AggregatorsResult");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("ListAggregators answered what is not JSON");
        }
        JsonNode list = result.path("Aggregators");
        if (list.isObject() && list.size() == 1) { // the XML-shaped {"Aggregators":{"Aggregator":[...]}}
            list = list.iterator().next();
        }
        if (!list.isArray() && !list.isMissingNode()) {
            throw new IllegalArgumentException("ListAggregators answered Aggregators that is not a list");
        }
        for (JsonNode group : list) {
            String id = text(group, "AggregatorId");
            if (id != null) {
                groups.add(new Group(id, text(group, "AggregatorName"), text(group, "Description")));
            }
        }
        String next = text(result, "NextToken");
        return next == null ? "" : next;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }
}
