package io.configconformance.validation;

import static io.configconformance.validation.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Neither validator may reach the network (the suite runs where only Maven Central is reachable, or nothing is): the
 * JSON Schema meta-schema, schema $ids and XML schema hints must all resolve locally or be refused. Every URL
 * connection in the JVM asks the default ProxySelector first, so recording its calls catches any attempt. Isolated: the
 * selector is the JVM's, so a test running beside this one would have its connections refused and recorded here.
 */
@Isolated
class NoNetworkTest {

    private final List<URI> attempts = new CopyOnWriteArrayList<>();
    private ProxySelector original;

    @BeforeEach
    void recordEveryConnectionAttempt() {
        original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri);
                // A proxy on the discard port: an attempt fails at once instead of reaching anything.
                return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 9)));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
    }

    @AfterEach
    void restore() {
        ProxySelector.setDefault(original);
    }

    @Test
    void jsonSchemasAndTheirMetaSchemaLoadWithoutTheNetwork() {
        JsonSchemaValidator json = new JsonSchemaValidator();
        String sample = read("samples/2020-09-07_StartConfigurationRecorder.json");
        assertEquals(List.of(), json.validate(SchemaLocations.json(Fixtures.V2020, Fixtures.START), sample));
        assertFalse(json.validate(SchemaLocations.JSON_ERROR, "{}").isEmpty());
        assertEquals(List.of(), attempts);
    }

    @Test
    void aRemoteJsonSchemaReferenceIsRefusedNotFetched() {
        JsonSchemaValidator json = new JsonSchemaValidator();
        assertThrows(IllegalArgumentException.class, () -> json.validate("remote-ref/RemoteRef.json", "{}"));
        assertEquals(List.of(), attempts);
    }

    @Test
    void anXmlSchemaLocationHintInTheBodyIsNotFollowed() {
        String hinted = read("fixtures/Error.xml").replace("<Error>",
                "<Error xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                        + " xsi:noNamespaceSchemaLocation=\"https://config-conformance.example/Other.xsd\">");
        assertEquals(List.of(), new XmlSchemaValidator().validate(SchemaLocations.XML_ERROR, hinted));
        assertEquals(List.of(), attempts);
    }
}
