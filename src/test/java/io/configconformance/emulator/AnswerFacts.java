package io.configconformance.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Node;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facts of an answer: every value, by its dotted path below the envelope ("Aggregator.AggregatorAccounts.AccountId"),
 * lists as the values of repeated siblings in their order (PROTOCOL.md: a JSON array is a repeated XML element).
 * RequestId and Recommend differ per request and are not facts of the answer.
 */
final class AnswerFacts {

    private static final Set<String> PER_REQUEST = Set.of("RequestId", "Recommend");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnswerFacts() {
    }

    static Map<String, List<String>> ofJson(String body) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        JSON.readTree(body).properties().forEach(field -> collect(field.getValue(), field.getKey(), facts));
        return facts;
    }

    /** Read with XMLUnit: every element without child elements below the root is a value. */
    static Map<String, List<String>> ofXml(String body) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        for (Node leaf : new JAXPXPathEngine().selectNodes("/*//*[not(*)]", Input.fromString(body).build())) {
            StringBuilder path = new StringBuilder(leaf.getNodeName());
            for (Node up = leaf.getParentNode(); up.getParentNode().getNodeType() != Node.DOCUMENT_NODE;
                    up = up.getParentNode()) {
                path.insert(0, up.getNodeName() + ".");
            }
            add(facts, path.toString(), leaf.getTextContent());
        }
        return facts;
    }

    private static void collect(JsonNode node, String path, Map<String, List<String>> facts) {
        if (node.isObject()) {
            node.properties().forEach(field -> collect(field.getValue(), path + "." + field.getKey(), facts));
        } else if (node.isArray()) {
            node.values().forEach(item -> collect(item, path, facts));
        } else if (!node.isNull()) {
            add(facts, path, node.asString());
        }
    }

    private static void add(Map<String, List<String>> facts, String path, String value) {
        if (!PER_REQUEST.contains(path)) {
            facts.computeIfAbsent(path, p -> new ArrayList<>()).add(value);
        }
    }
}
