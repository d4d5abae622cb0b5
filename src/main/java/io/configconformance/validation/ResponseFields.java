package io.configconformance.validation;

import io.configconformance.protocol.ResponseFormat;
import io.configconformance.report.ServiceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads response fields by a dotted path ("ConfigurationRecorder.ResourceTypes") the same way from JSON and XML, so
 * that one assertion covers both formats: in JSON, arrays are flattened; in XML, the path starts below the root
 * element, repeated sibling elements are the list, found by walking the tree of a body parsed by {@link SecureXml}.
 */
public final class ResponseFields {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private ResponseFields() {
    }

    /** A body parsed once, whose fields can be read many times. */
    public interface Parsed {
        /** Every value at the path, as text; empty when the field is absent. */
        List<String> values(String path);
    }

    /** Every value at the path, as text; empty when the field is absent. Fails with a reason when the body is unreadable. */
    public static List<String> values(ResponseFormat format, String body, String path) {
        return parse(format, body).values(path);
    }

    /** The body parsed for reading; fails with a reason when it is unreadable. */
    public static Parsed parse(ResponseFormat format, String body) {
        if (format == ResponseFormat.XML) {
            Document document = parseXml(body);
            return path -> xmlValues(document, path.split("\\."));
        }
        JsonNode root = parseJson(body);
        return path -> jsonValues(root, path.split("\\."));
    }

    private static JsonNode parseJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static List<String> jsonValues(JsonNode root, String[] segments) {
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
        // a value is quoted in failure messages and reports: a lone surrogate (a valid JSON escape) would stop their writers
        return current.stream().map(node -> ServiceText.wellFormed(node.isValueNode() ? node.asString() : node.toString()))
                .toList();
    }

    /**
     * The text of each element at the path below the root, in document order: the elements of the first name among
     * the root's children, then of the next name among theirs, and so on (what the XPath {@code /*}{@code /A/B} selects;
     * walking the tree spares an XPath engine, which is not thread-safe and costs more to make than this walk).
     */
    private static List<String> xmlValues(Document document, String[] segments) {
        for (String segment : segments) {
            if (!XML_NAME.matcher(segment).matches()) {
                throw new IllegalArgumentException("'" + segment + "' is not an XML element name");
            }
        }
        List<Element> current = List.of(document.getDocumentElement());
        for (String segment : segments) {
            List<Element> next = new ArrayList<>();
            for (Element element : current) {
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element named && localName(named).equals(segment)) {
                        next.add(named);
                    }
                }
            }
            current = next;
        }
        return current.stream().map(Node::getTextContent).toList();
    }

    /** The name after any prefix: the body is parsed namespace-unaware, and the XPath matched "x:A" as "A" too. */
    private static String localName(Element element) {
        String name = element.getNodeName();
        return name.substring(name.indexOf(':') + 1);
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
