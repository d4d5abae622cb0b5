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
 * DOCTYPE is refused outright, no entity is ever expanded and nothing is ever fetched.
 */
final class SecureXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    // JAXP factories are not thread-safe; each thread configures its own once instead of looking one up per body.
    private static final ThreadLocal<SAXParserFactory> SAX = ThreadLocal.withInitial(SecureXml::saxFactory);

    private SecureXml() {
    }

    /** A namespace-aware SAX reader for one parse. */
    static XMLReader reader() throws ParserConfigurationException, SAXException {
        return SAX.get().newSAXParser().getXMLReader();
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
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
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

    private static SAXParserFactory saxFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
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
