package io.configconformance.recording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One exchange as a recording holds it. The request: action, version, format, signature version, the caller (masked)
 * and the operation parameters, or a control-API method, path and body (keys sorted). The answer: status, the headers
 * that matter (Content-Type, x-acs-request-id) and the body: a JSON body as JSON, an XML body one element per line,
 * anything else line by line. The same code builds the request of a recording and of a request a replay is sent, so
 * that both have the same key.
 */
final class ExchangeNodes {

    static final String CONTROL = "control";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> HEADERS = List.of("content-type", "x-acs-request-id");

    private ExchangeNodes() {
    }

    static ObjectNode apiRequest(WireCall call, Substitution substitution) {
        ObjectNode request = NODES.objectNode();
        putIfPresent(request, "action", call.action());
        putIfPresent(request, "version", call.version());
        putIfPresent(request, "format", call.format());
        putIfPresent(request, "signature", call.signature());
        putIfPresent(request, "caller", substitution.text(call.accessKeyId()));
        ObjectNode parameters = request.putObject("parameters");
        call.parameters().forEach((name, value) -> parameters.put(name, substitution.text(value)));
        return request;
    }

    static ObjectNode controlRequest(String method, String path, String body, Substitution substitution) {
        ObjectNode request = NODES.objectNode();
        request.put(CONTROL, method + " " + substitution.text(path));
        if (body != null && !body.isEmpty()) {
            request.set("body", json(body, substitution, true));
        }
        return request;
    }

    /** What identifies a request in a recording and in a replay: the request less its caller. */
    static String key(ObjectNode request) {
        ObjectNode copy = request.deepCopy();
        copy.remove("caller");
        return copy.toString();
    }

    /**
     * @param sortKeys whether to sort the keys of a JSON body: the control API's answers promise no order (the
     *                 emulator builds some from unordered maps), the API's do
     */
    static ObjectNode response(int status, Map<String, List<String>> headers, String body, Substitution substitution,
                               boolean sortKeys) {
        ObjectNode response = NODES.objectNode();
        response.put("status", status);
        ObjectNode kept = response.putObject("headers");
        Map<String, String> byName = new TreeMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (HEADERS.contains(lower) && !values.isEmpty()) {
                byName.put(lower, substitution.text(values.get(0)));
            }
        });
        byName.forEach(kept::put);
        String type = byName.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        if (body == null || body.isEmpty()) {
            return response;
        }
        if (type.contains("json")) {
            try {
                response.set("body", json(body, substitution, sortKeys));
                return response;
            } catch (JacksonException notJson) {
                // kept as text below
            }
        }
        if (type.contains("xml") && body.startsWith("<")) {
            response.set("xml", lines(xmlLines(body), substitution));
        } else {
            response.set("text", lines(List.of(body.split("\n", -1)), substitution));
        }
        return response;
    }

    /** An XML body split between elements: joined without separators, the lines are the body again. */
    static List<String> xmlLines(String body) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int at;
        while ((at = body.indexOf("><", start)) >= 0) {
            // a line ends after a closing tag or before an opening one that follows one
            lines.add(body.substring(start, at + 1));
            start = at + 1;
        }
        lines.add(body.substring(start));
        return lines;
    }

    private static ArrayNode lines(List<String> lines, Substitution substitution) {
        ArrayNode array = NODES.arrayNode();
        lines.forEach(line -> array.add(substitution.text(line)));
        return array;
    }

    private static JsonNode json(String text, Substitution substitution, boolean sortKeys) {
        return rewrite(RecordingFiles.JSON.readTree(text), leaf -> {
            if (leaf.isString()) {
                return NODES.stringNode(substitution.text(leaf.asString()));
            }
            String replaced = leaf.isNumber() ? substitution.number(leaf.toString()) : null;
            return replaced == null ? leaf : NODES.stringNode(replaced);
        }, sortKeys);
    }

    /** A copy of a JSON tree with each value (string, number, ...) rewritten, object keys sorted or as they were. */
    static JsonNode rewrite(JsonNode node, UnaryOperator<JsonNode> value, boolean sortKeys) {
        if (node.isObject()) {
            ObjectNode object = NODES.objectNode();
            Map<String, JsonNode> fields = sortKeys ? new TreeMap<>() : new LinkedHashMap<>();
            node.properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue()));
            fields.forEach((name, child) -> object.set(name, rewrite(child, value, sortKeys)));
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = NODES.arrayNode();
            node.forEach(item -> array.add(rewrite(item, value, sortKeys)));
            return array;
        }
        return value.apply(node);
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
