package io.configconformance.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one way this package parses XML. Response bodies come from the service under test, so they are untrusted: a
 * DOCTYPE is refused outright, no entity is ever expanded and nothing is ever fetched. The parsers are the JDK's own
 * ({@code newDefaultInstance}): the hardening below is written for them, and no provider lookup on the classpath
 * (some 300 µs a factory, most of its cost) is made for each body.
 */
final class SecureXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SecureXml() {
    }

    /**
     * A namespace-aware SAX reader for one parse, from {@code factory} (one of {@link #saxFactory()}). A JAXP factory is
     * not thread-safe, so its owner's threads take turns; making a reader is the cheap part, configuring a new factory
     * for every body cost some 150 µs more (CHANGELOG 0.2.0).
     */
    static XMLReader reader(SAXParserFactory factory) throws ParserConfigurationException, SAXException {
        synchronized (factory) {
            return factory.newSAXParser().getXMLReader();
        }
    }

    /** The body as a DOM, namespace-unaware as element names appear on the wire; any error, even a recoverable one, fails. */
    static Document parse(String body) throws ParserConfigurationException, SAXException, IOException {
        return builder(false).parse(new InputSource(new StringReader(body)));
    }

    /** A namespace-aware DOM of a trusted resource (our own schemas), parsed with the same restrictions anyway. */
    static Document parseNamespaceAware(InputStream in) throws ParserConfigurationException, SAXException,
            IOException {
        return builder(true).parse(in);
    }

    private static DocumentBuilder builder(boolean namespaceAware) throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(namespaceAware);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return builder;
    }

    /** A namespace-aware SAX factory with the hardening above, for one owner. */
    static SAXParserFactory saxFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("no secure XML parser available", e);
        }
    }
}
