package io.configconformance.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;
import org.xmlunit.XMLUnitException;
import org.xmlunit.validation.JAXPValidator;
import org.xmlunit.validation.Languages;
import org.xmlunit.xpath.JAXPXPathEngine;

/**
 * Checks an XML response body against an XML Schema 1.0 from the classpath (the schemas under {@code schemas/xml},
 * derived from the docs/api-reference pages; XML envelopes as docs/api-reference/PROTOCOL.md describes them). Bodies come from the
 * service under test, so they are untrusted and read only through {@link SecureXml}. XMLUnit's {@link JAXPValidator}
 * does the validating; compiled schemas are cached and shared across threads.
 */
public final class XmlSchemaValidator {

    private final Map<String, Compiled> schemas = new ConcurrentHashMap<>();
    /** This validator's parser factory, shared by its threads in turn ({@link SecureXml#reader}). */
    private final SAXParserFactory sax = SecureXml.saxFactory();

    /**
     * A compiled schema and the name of every element it declares anywhere. The validator holds the compiled schema
     * and builds a fresh JAXP validator per body, so one instance serves every thread.
     */
    private record Compiled(JAXPValidator validator, Set<String> declared) {
    }

    public XmlSchemaValidator() {
    }

    /**
     * Violations of {@code body} against the XSD; malformed XML or a DOCTYPE gives a Violation too. Throws only when
     * the schema itself cannot be loaded, which is a defect of the suite, not of the service under test.
     */
    public List<Violation> validate(String xsdResource, String body) {
        Compiled compiled = schemas.computeIfAbsent(xsdResource, XmlSchemaValidator::load);
        ElementTracker tracker = new ElementTracker();
        UndeclaredElements undeclared = new UndeclaredElements(compiled.declared(), tracker);
        List<Found> found;
        try {
            tracker.setParent(SecureXml.reader(sax));
            undeclared.setParent(tracker);
            SAXSource source = new SAXSource(undeclared, new InputSource(new StringReader(body == null ? "" : body)));
            found = tracker.errors(compiled.validator().validateInstance(source).getProblems());
        } catch (XMLUnitException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return List.of(new Violation("/", "XML could not be read: " + cause.getMessage()));
        } catch (SAXException | ParserConfigurationException e) {
            return List.of(new Violation("/", "XML could not be read: " + e.getMessage()));
        }
        found.addAll(undeclared.found());
        return inDocumentOrder(found);
    }

    /**
     * Undeclared elements and schema errors, as they occur in the body. Xerces reports one bad value twice (the
     * datatype rule, then the element rule), so errors at one place are merged.
     */
    private static List<Violation> inDocumentOrder(List<Found> found) {
        found.sort(Comparator.comparingInt(Found::line).thenComparingInt(Found::column));
        List<Violation> violations = new ArrayList<>(found.size());
        for (Found one : found) {
            Violation next = one.violation();
            int last = violations.size() - 1;
            if (!next.undocumented() && last >= 0 && !violations.get(last).undocumented()
                    && violations.get(last).location().equals(next.location())) {
                next = new Violation(next.location(), violations.get(last).message() + " " + next.message());
                violations.remove(last);
            }
            violations.add(next);
        }
        return List.copyOf(violations);
    }

    private static Compiled load(String resource) {
        URL url = XmlSchemaValidator.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no schema on the classpath at " + resource);
        }
        try (InputStream in = url.openStream()) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Our schemas are self-contained; an import or include must fail rather than reach out.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            JAXPValidator validator = new JAXPValidator(Languages.W3C_XML_SCHEMA_NS_URI, factory);
            validator.setDisableExternalDtdAccess(true);
            validator.setSchema(factory.newSchema(new StreamSource(in, url.toExternalForm())));
            return new Compiled(validator, declaredElements(url));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalArgumentException("schema " + resource + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    private static Set<String> declaredElements(URL url) throws IOException, SAXException,
            ParserConfigurationException {
        JAXPXPathEngine xpath = new JAXPXPathEngine();
        xpath.setNamespaceContext(Map.of("xs", XMLConstants.W3C_XML_SCHEMA_NS_URI));
        Set<String> names = new HashSet<>();
        try (InputStream in = url.openStream()) {
            for (Node name : xpath.selectNodes("//xs:element/@name", SecureXml.parseNamespaceAware(in))) {
                names.add(name.getNodeValue());
            }
        }
        return Set.copyOf(names);
    }

    /**
     * Keeps elements the schema declares nowhere (below the root) away from the validator and reports each as an
     * undocumented field, so that a service that adds a field is told apart from one that breaks a documented one.
     */
    private static final class UndeclaredElements extends XMLFilterImpl {
        private final Set<String> declared;
        private final ElementTracker tracker;
        private final List<Found> found = new ArrayList<>();
        private int depth;
        private int skipping;

        UndeclaredElements(Set<String> declared, ElementTracker tracker) {
            this.declared = declared;
            this.tracker = tracker;
        }

        List<Found> found() {
            return found;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            depth++;
            String name = localName.isEmpty() ? qName : localName;
            if (skipping == 0 && depth > 1 && !declared.contains(name)) {
                skipping = depth;
                found.add(tracker.undocumentedHere("element '" + name + "' is not in the schema"));
            }
            if (skipping == 0) {
                super.startElement(uri, localName, qName, atts);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (skipping == 0) {
                super.endElement(uri, localName, qName);
            } else if (skipping == depth) {
                skipping = 0;
            }
            depth--;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (skipping == 0) {
                super.characters(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (skipping == 0) {
                super.ignorableWhitespace(ch, start, length);
            }
        }
    }
}
