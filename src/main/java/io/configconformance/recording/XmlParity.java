package io.configconformance.recording;

import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Comparison;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.ElementSelectors;
import org.xmlunit.diff.Difference;

/**
 * Two recorded XML answers compared with XMLUnit, by the rules parity applies to JSON: elements, attributes,
 * namespaces (by URI, whatever the prefix) and text count; the order of differently named siblings does not (as the
 * order of JSON keys does not), while repeated siblings of one name, a list's items, are paired in order. Each
 * difference is reported by its path without XPath's noise ({@code /Error/Code}, {@code /R/Item[2]/Id},
 * {@code /R/@Lang}).
 */
final class XmlParity {

    /** One difference: the path and how each side shows there ("(absent)" when it has nothing there). */
    record Change(String path, String recorded, String now) {
    }

    private static final DocumentBuilderFactory SECURE = secureFactory();

    private XmlParity() {
    }

    static List<Change> compare(String recorded, String now) {
        Diff diff;
        try {
            diff = DiffBuilder.compare(Input.fromString(recorded)).withTest(Input.fromString(now))
                    .withDocumentBuilderFactory(SECURE)
                    .ignoreWhitespace()
                    .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byName))
                    .checkForSimilar() // a namespace prefix and sibling order are "similar", not a difference
                    .build();
        } catch (RuntimeException notXml) {
            return recorded.equals(now) ? List.of()
                    : List.of(new Change("(body)", "not well-formed XML", oneLine(notXml.getMessage())));
        }
        List<Change> changes = new ArrayList<>();
        for (Difference difference : diff.getDifferences()) {
            Comparison comparison = difference.getComparison();
            Comparison.Detail control = comparison.getControlDetails();
            Comparison.Detail test = comparison.getTestDetails();
            String xpath = control.getXPath() != null ? control.getXPath() : test.getXPath();
            changes.add(new Change(path(xpath), show(comparison.getType(), control), show(comparison.getType(), test)));
        }
        return changes;
    }

    /** {@code /Error[1]/Code[1]/text()[1]} → {@code /Error/Code}; a second item keeps its index. */
    static String path(String xpath) {
        if (xpath == null) {
            return "/";
        }
        String path = xpath.replaceAll("/text\\(\\)(\\[\\d+])?$", "").replace("[1]", "");
        return path.isEmpty() ? "/" : path;
    }

    private static String show(ComparisonType type, Comparison.Detail detail) {
        Object value = detail.getValue();
        if (value == null || detail.getTarget() == null && type != ComparisonType.CHILD_NODELIST_LENGTH) {
            return "(absent)";
        }
        return switch (type) {
            case TEXT_VALUE -> "text \"" + value + "\"";
            case ATTR_VALUE -> "attribute \"" + value + "\"";
            case NAMESPACE_URI -> "namespace \"" + value + "\"";
            case CHILD_LOOKUP -> "element " + value; // {namespace}name: elements are told apart by both
            case ATTR_NAME_LOOKUP -> "attribute " + value;
            default -> type.getDescription() + " " + value;
        };
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ");
    }

    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        return factory;
    }
}
