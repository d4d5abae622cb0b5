package io.configconformance.witness;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An api-docs document written back from the shipped facts: the tests' stand-in for a snapshot a user downloads (the
 * upstream files are not part of the repository), shaped as the API explorer serves it, so that a test can change one
 * fact of it and hold it against what the suite tests.
 */
public final class ApiDocsDocuments {

    private ApiDocsDocuments() {
    }

    public static ObjectNode of(MetadataFacts facts) {
        ObjectNode docs = ApiDocsFacts.JSON.createObjectNode();
        docs.put("version", "1.0");
        docs.putObject("info").put("style", "RPC").put("product", "Config").put("version", facts.version());
        ObjectNode apis = docs.putObject("apis");
        facts.operations().forEach(name -> apis.set(name, api(facts.operation(name))));
        return docs;
    }

    private static ObjectNode api(JsonNode operation) {
        ObjectNode api = ApiDocsFacts.JSON.createObjectNode();
        api.set("methods", operation.path("methods").deepCopy());
        api.put("description", "prose the extraction leaves out");
        operation.path("parameters").forEach(p -> {
            ObjectNode parameter = api.withArrayProperty("parameters").addObject()
                    .put("name", p.path("name").asString()).put("in", p.path("in").asString());
            if (p.has("style")) {
                parameter.put("style", p.path("style").asString());
            }
            ObjectNode schema = parameter.putObject("schema").put("description", "prose");
            p.properties().stream().filter(e -> !Set.of("name", "in", "style", "itemFields").contains(e.getKey()))
                    .forEach(e -> schema.set(e.getKey(), e.getValue().deepCopy()));
            p.path("itemFields").properties().forEach(item -> schema.withObjectProperty("items")
                    .withObjectProperty("properties").set(item.getKey(), item.getValue().deepCopy()));
        });
        ObjectNode root = api.putObject("responses").putObject("200").putObject("schema").put("type", "object");
        operation.path("responseFields").properties().forEach(field -> place(root, field));
        ObjectNode errors = api.putObject("errorCodes");
        operation.path("errorCodes").forEach(row -> errors.withArrayProperty(String.valueOf(row.path("status").asInt()))
                .addObject().put("errorCode", row.path("code").asString())
                .put("errorMessage", row.path("message").asString()));
        return api;
    }

    /** A field path ("Aggregator/AggregatorAccounts[]/AccountId") as nested properties and items. */
    private static void place(ObjectNode root, Map.Entry<String, JsonNode> field) {
        ObjectNode node = root;
        String[] segments = field.getKey().split("/");
        for (int i = 0; i < segments.length; i++) {
            boolean array = segments[i].endsWith("[]");
            String name = array ? segments[i].substring(0, segments[i].length() - 2) : segments[i];
            node = node.withObjectProperty("properties").withObjectProperty(name);
            if (i == segments.length - 1) {
                node.put("type", field.getValue().asString()).put("description", "prose");
            }
            if (array) {
                node = node.withObjectProperty("items");
            }
        }
    }

}
