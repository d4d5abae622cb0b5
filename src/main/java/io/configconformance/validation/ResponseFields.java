package io.configconformance.validation;

import io.configconformance.protocol.ResponseFormat;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads response fields by a dotted path ("ConfigurationRecorder.ResourceTypes") the same way from JSON and XML, so
 * that one assertion covers both formats: in JSON, arrays are flattened; in XML, the path starts below the root
 * element and repeated sibling elements are the list.
 */
public final class ResponseFields {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        List<Element> current = List.of(parseXml(body).getDocumentElement());
        for (String segment : segments) {
            List<Element> next = new ArrayList<>();
            for (Element element : current) {
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element childElement && segment.equals(childElement.getTagName())) {
                        next.add(childElement);
                    }
                }
            }
            current = next;
        }
        return current.stream().map(Element::getTextContent).toList();
    }

    private static org.w3c.dom.Document parseXml(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(body)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser available", e);
        } catch (Exception e) {
            throw new IllegalArgumentException("the body is not well-formed XML: " + e.getMessage());
        }
    }
}
