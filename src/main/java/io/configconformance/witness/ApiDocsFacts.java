package io.configconformance.witness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The facts an OpenAPI metadata document ("api-docs" JSON, Alibaba Cloud's OpenMeta, the file its API explorer and SDK
 * generators read) states about the operations the suite speaks: per operation its HTTP methods, each parameter
 * (where it travels, its style, whether it is required, its type and limits, an array's item fields), the success
 * answer's fields with their types, and the documented errors by status with code and message. Descriptions,
 * examples and demos are prose and are left out; the error messages are kept, because the catalogue and the emulator
 * answer them word for word.
 */
public final class ApiDocsFacts {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The schema keywords that limit a value; everything else in a parameter schema is prose or an example. */
    private static final List<String> LIMITS = List.of("format", "minimum", "maximum", "minLength", "maxLength",
            "pattern", "enum", "minItems", "maxItems");

    private ApiDocsFacts() {
    }

    /**
     * The facts of the operations the suite speaks in the document's version, or an
     * {@link IllegalArgumentException} saying in one line why it is not api-docs JSON.
     */
    public static ObjectNode extract(String apiDocsText, Function<String, Set<String>> operationsOfVersion) {
        JsonNode docs;
        try {
            docs = JSON.readTree(apiDocsText);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")");
        }
        if (!docs.path("apis").isObject() || !docs.path("info").path("version").isString()
                || !docs.path("info").path("product").isString()) {
            throw new IllegalArgumentException("not an api-docs document (it needs info.product, info.version and"
                    + " apis)");
        }
        ObjectNode facts = JSON.createObjectNode();
        facts.put("product", docs.path("info").path("product").asString());
        facts.put("version", docs.path("info").path("version").asString());
        Set<String> operations = operationsOfVersion.apply(facts.path("version").asString());
        ObjectNode apis = facts.putObject("operations");
        operations.stream().sorted().filter(docs.path("apis")::has)
                .forEach(name -> apis.set(name, operation(docs.path("apis").path(name))));
        return facts;
    }

    private static ObjectNode operation(JsonNode api) {
        ObjectNode operation = JSON.createObjectNode();
        operation.set("methods", api.path("methods").deepCopy());
        ArrayNode parameters = operation.putArray("parameters");
        api.path("parameters").forEach(p -> parameters.add(parameter(p)));
        ObjectNode fields = operation.putObject("responseFields");
        fields(api.path("responses").path("200").path("schema"), "", fields);
        ArrayNode errors = operation.putArray("errorCodes");
        for (Map.Entry<String, JsonNode> status : api.path("errorCodes").properties()) {
            status.getValue().forEach(row -> errors.addObject()
                    .put("status", Integer.parseInt(status.getKey()))
                    .put("code", row.path("errorCode").asString())
                    .put("message", row.path("errorMessage").asString()));
        }
        return operation;
    }

    private static ObjectNode parameter(JsonNode source) {
        JsonNode schema = source.path("schema");
        ObjectNode parameter = JSON.createObjectNode();
        parameter.put("name", source.path("name").asString());
        parameter.put("in", source.path("in").asString());
        if (source.has("style")) {
            parameter.put("style", source.path("style").asString());
        }
        parameter.put("type", schema.path("type").asString());
        parameter.put("required", schema.path("required").asBoolean(false));
        limits(schema, parameter);
        if (schema.path("items").path("properties").isObject()) {
            ObjectNode items = parameter.putObject("itemFields");
            for (Map.Entry<String, JsonNode> field : schema.path("items").path("properties").properties()) {
                ObjectNode item = items.putObject(field.getKey());
                item.put("type", field.getValue().path("type").asString());
                item.put("required", field.getValue().path("required").asBoolean(false));
                limits(field.getValue(), item);
            }
        }
        return parameter;
    }

    /** Limits as the document spells them; some snapshots write numbers as strings ("100"), so text is kept. */
    private static void limits(JsonNode schema, ObjectNode into) {
        LIMITS.stream().filter(schema::has).forEach(key -> into.set(key, schema.path(key).isArray()
                ? schema.path(key).deepCopy() : JSON.getNodeFactory().stringNode(schema.path(key).asString())));
    }

    /** Each field of the success answer as a path ("Aggregator/AggregatorAccounts[]/AccountId") and its type. */
    private static void fields(JsonNode schema, String path, ObjectNode into) {
        if (schema.path("properties").isObject()) {
            for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "/" + field.getKey();
                into.put(fieldPath, field.getValue().path("type").asString());
                fields(field.getValue(), fieldPath, into);
            }
        } else if (schema.path("items").isObject()) {
            fields(schema.path("items"), path + "[]", into);
        }
    }

    /** The documented errors of an operation's facts, as "status code" keys with their messages. */
    public static List<JsonNode> errorRows(JsonNode operationFacts) {
        List<JsonNode> rows = new ArrayList<>();
        operationFacts.path("errorCodes").forEach(rows::add);
        return rows;
    }
}
