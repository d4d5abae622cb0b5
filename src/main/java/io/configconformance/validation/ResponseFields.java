package io.configconformance.validation;

import io.configconformance.protocol.ResponseFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xmlunit.xpath.JAXPXPathEngine;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads response fields by a dotted path ("ConfigurationRecorder.ResourceTypes") the same way from JSON and XML, so
 * that one assertion covers both formats: in JSON, arrays are flattened; in XML, the path starts below the root
 * element, repeated sibling elements are the list, and XMLUnit's XPath engine selects them from a body parsed by
 * {@link SecureXml}.
 */
public final class ResponseFields {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    // An XPath object is not thread-safe; steps on parallel scenarios read fields at once.
    private static final ThreadLocal<JAXPXPathEngine> XPATH = ThreadLocal.withInitial(JAXPXPathEngine::new);

    private ResponseFields() {
    }

    /** Every value at the path, as text; empty when the field is absent. Fails with a reason when the body is unreadable. */
    public static List<String> values(ResponseFormat format, String body, String path) {
        String[] segments = path.split("\\.");
        return format == ResponseFormat.XML ? xmlValues(body, segments) : jsonValues(body, segments);
    }

    private static List<String> jsonValues(String body, String[] segments) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
        List<JsonNode> current = List.of(root);
        for (String segment : segments) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                JsonNode child = node.path(segment);
                if (child.isArray()) {
                    child.forEach(next::add);
                } else if (!child.isMissingNode() && !child.isNull()) {
                    next.add(child);
                }
            }
            current = next;
        }
        return current.stream().map(node -> node.isValueNode() ? node.asString() : node.toString()).toList();
    }

    private static List<String> xmlValues(String body, String[] segments) {
        for (String segment : segments) {
            if (!XML_NAME.matcher(segment).matches()) {
                throw new IllegalArgumentException("'" + segment + "' is not an XML element name");
            }
        }
        List<String> values = new ArrayList<>();
        for (Node element : XPATH.get().selectNodes("/*/" + String.join("/", segments), parseXml(body))) {
            values.add(element.getTextContent());
        }
        return values;
    }

    private static Document parseXml(String body) {
        try {
            return SecureXml.parse(body);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser available", e);
        } catch (Exception e) {
            throw new IllegalArgumentException("the body is not well-formed XML: " + e.getMessage());
        }
    }
}
