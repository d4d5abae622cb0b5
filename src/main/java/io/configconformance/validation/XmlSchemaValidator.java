package io.configconformance.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Checks an XML response body against an XML Schema 1.0 from the classpath (the schemas under {@code schemas/xml},
 * derived from the api-docs pages; XML envelopes as api-docs/PROTOCOL.md describes them). Bodies come from the
 * service under test, so they are untrusted: a DOCTYPE is refused outright, no entity is ever expanded and nothing
 * is ever fetched. Compiled schemas are cached and shared across threads.
 */
public final class XmlSchemaValidator {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private final Map<String, Compiled> schemas = new ConcurrentHashMap<>();

    /** A compiled schema and the name of every element it declares anywhere. */
    private record Compiled(Schema schema, Set<String> declared) {
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
        List<Violation> violations = new ArrayList<>();
        try {
            ValidatorHandler validator = compiled.schema().newValidatorHandler();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collector(violations, tracker));
            tracker.setParent(secureReader());
            UndeclaredElements undeclared = new UndeclaredElements(compiled.declared(), tracker, violations);
            undeclared.setContentHandler(validator);
            tracker.setContentHandler(undeclared);
            tracker.setErrorHandler(validator.getErrorHandler());
            tracker.parse(new InputSource(new StringReader(body == null ? "" : body)));
        } catch (SAXParseException e) {
            violations.add(tracker.violation(e, "not well-formed XML: "));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            violations.add(new Violation("/", "XML could not be read: " + e.getMessage()));
        }
        return List.copyOf(violations);
    }

    private static XMLReader secureReader() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newSAXParser().getXMLReader();
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
            Schema schema = factory.newSchema(new StreamSource(in, url.toExternalForm()));
            return new Compiled(schema, declaredElements(url));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalArgumentException("schema " + resource + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    private static Set<String> declaredElements(URL url) throws IOException, SAXException,
            ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        Set<String> names = new HashSet<>();
        try (InputStream in = url.openStream()) {
            NodeList elements = factory.newDocumentBuilder().parse(in)
                    .getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "element");
            for (int i = 0; i < elements.getLength(); i++) {
                String name = ((Element) elements.item(i)).getAttribute("name");
                if (!name.isEmpty()) {
                    names.add(name);
                }
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
        private final List<Violation> violations;
        private Locator locator;
        private int depth;
        private int skipping;

        UndeclaredElements(Set<String> declared, ElementTracker tracker, List<Violation> violations) {
            this.declared = declared;
            this.tracker = tracker;
            this.violations = violations;
        }

        @Override
        public void setDocumentLocator(Locator value) {
            locator = value;
            super.setDocumentLocator(value);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            depth++;
            String name = localName.isEmpty() ? qName : localName;
            if (skipping == 0 && depth > 1 && !declared.contains(name)) {
                skipping = depth;
                String at = locator == null ? "0:0" : locator.getLineNumber() + ":" + locator.getColumnNumber();
                violations.add(new Violation(at + " " + tracker.path(), "element '" + name + "' is not in the schema",
                        true));
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

    /** Remembers the open elements, because the validator's errors carry only a line and a column. */
    private static final class ElementTracker extends XMLFilterImpl {
        private final Deque<String> open = new ArrayDeque<>();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            open.addLast(localName.isEmpty() ? qName : localName);
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            open.removeLast();
        }

        String path() {
            return "/" + String.join("/", open);
        }

        Violation violation(SAXParseException e, String prefix) {
            String path = open.isEmpty() ? "" : " /" + String.join("/", open);
            return new Violation(e.getLineNumber() + ":" + e.getColumnNumber() + path, prefix + e.getMessage());
        }
    }

    /**
     * Keeps every schema error so one run reports them all; well-formedness errors still stop the parse. Xerces
     * reports one bad value twice (the datatype rule, then the element rule), so errors at one place are merged.
     */
    private record Collector(List<Violation> violations, ElementTracker tracker) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            Violation found = tracker.violation(e, "");
            int last = violations.size() - 1;
            if (last >= 0 && violations.get(last).location().equals(found.location())) {
                found = new Violation(found.location(), violations.get(last).message() + " " + found.message());
                violations.remove(last);
            }
            violations.add(found);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}
