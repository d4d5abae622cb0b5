package io.configconformance.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.TestAccount;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The emulator as a dependency of someone's tests must be safe to run: what it was found to do wrong, repeated over
 * HTTP. No WireMock admin API; the error envelope with a 4xx for every client mistake, Jetty-level ones included (no
 * HTML, no stack trace, no 500); XML answers that stay well-formed; stored values of bounded length; clients that send
 * slowly keep nobody else waiting.
 */
class HostileRequestsTest {

    private static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GET | /__admin/mappings | ''",
        "POST | /__admin/mappings | {\"request\":{\"method\":\"ANY\"},\"response\":{\"status\":200,\"body\":\"stub\"}}",
        "DELETE | /__admin/mappings | ''",
        "POST | /__admin/reset | ''",
        "POST | /__admin/shutdown | ''",
        "POST | /__admin/settings | {\"fixedDelay\":3000}",
        "PUT | /__admin/files/planted.txt | planted",
        "GET | /__files/planted.txt | ''",
        "OPTIONS | /__admin/mappings | ''",
    })
    void wireMocksAdminApiIsNotThere(String method, String path, String body) throws IOException {
        RawHttp answer = RawHttp.send(emulator.port(), method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Origin: http://attacker.example\r\nAccess-Control-Request-Method: DELETE\r\n"
                + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body);
        assertEnvelope(answer);
        assertNull(answer.header("Access-Control-Allow-Origin"), answer.head());
        assertNull(answer.header("Access-Control-Allow-Credentials"), answer.head());
        ApiResponse normal = client(emulator.control().createAccount("individual"), ResponseFormat.JSON)
                .getConfigurationRecorder();
        assertEquals(200, normal.status(), "the API still answers as the emulator: " + normal.body());
        assertTrue(normal.body().contains("\"ConfigurationRecorder\""), normal.body());
    }

    /** Each a request no client of the API sends, written byte for byte; Jetty rejects several before any servlet. */
    @ParameterizedTest
    @ValueSource(strings = {
        "POST / HTTP/1.1\r\nHost: h\r\n" + FORM + "Content-Length: 38\r\n\r\nAction=GetAggregator&Version=%C3%28abc",
        "POST / HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-urlencoded; charset=no-such-charset\r\n"
                + "Content-Length: 20\r\n\r\nAction=GetAggregator",
        "POST / HTTP/1.1\r\nHost: h\r\n" + FORM + "Content-Encoding: gzip\r\nContent-Length: 20\r\n\r\nAction=GetAggregator",
        "POST / HTTP/1.1\r\nHost: h\r\n" + FORM + "Content-Encoding: br\r\nContent-Length: 20\r\n\r\nAction=GetAggregator",
        "POST / HTTP/1.1\r\nHost: h\r\n" + FORM + "Transfer-Encoding: chunked\r\n\r\nZZ\r\nAction\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: h\r\n" + FORM + "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\nA\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: h\r\n" + FORM + "Content-Length: abc\r\n\r\nAction=GetAggregator",
        "POST / HTTP/1.1\r\nHost: h\r\n" + FORM + "Content-Length: 20\r\nContent-Length: 21\r\n\r\nAction=GetAggregator",
        "POST / HTTP/1.1\r\nHost: h\r\n" + FORM + "Transfer-Encoding: gzip\r\n\r\nAction=GetAggregator",
        "OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n",
        "CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n",
        "TRACE / HTTP/1.1\r\nHost: h\r\n\r\n",
        "GARBAGE\r\n\r\n",
        "GET / HTTP/9.9\r\nHost: h\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nNo colon here\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nX: \u0001\u0002\r\n\r\n",
        "GET /?Action=%ZZ HTTP/1.1\r\nHost: h\r\n\r\n",
        "GET /?Action=GetAggregator&Version=2020-09-07&% HTTP/1.1\r\nHost: h\r\n\r\n",
        "GET /?Action=GetAggregator&Version=2020-09-07&Format=XML&X=%C3%28 HTTP/1.1\r\nHost: h\r\n\r\n",
        "GET /%ZZ HTTP/1.1\r\nHost: h\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nHost: i\r\n\r\n",
        "GET http://[::1 HTTP/1.1\r\nHost: h\r\n\r\n",
        " / HTTP/1.1\r\nHost: h\r\n\r\n",
    })
    void malformedRequestsGetTheEnvelope(String request) throws IOException {
        assertEnvelope(RawHttp.send(emulator.port(), request.contains("Connection:") ? request
                : request.replaceFirst("\r\n", "\r\nConnection: close\r\n")));
    }

    /** Request line and headers: at most 32 KiB together (docs/ERRATA.md, A34). */
    @Test
    void oversizedHeadersAndTargetsGetTheEnvelope() throws IOException {
        RawHttp fits = RawHttp.send(emulator.port(), "GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\nX-Big: "
                + "a".repeat(30_000) + "\r\n\r\n");
        assertTrue(fits.body().contains("\"Code\":\"MissingParameter\""), "read as an API call: " + fits.body());
        RawHttp header = RawHttp.send(emulator.port(), "GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + "a".repeat(40_000)
                + "\r\n\r\n");
        assertEnvelope(header);
        assertEquals(431, header.status(), header.head());
        RawHttp target = RawHttp.send(emulator.port(), "GET /?" + "a=b&".repeat(10_000)
                + " HTTP/1.1\r\nHost: h\r\n\r\n");
        assertEnvelope(target);
        assertTrue(target.status() == 414 || target.status() == 431, target.head());
    }

    @Test
    void bodiesLargerThanTheLimitAreRefusedAsSentAndOnceInflated() throws IOException {
        byte[] bomb = gzip(64 << 20);
        RawHttp compressed = RawHttp.send(emulator.port(), concat(("POST / HTTP/1.1\r\nHost: h\r\n" + FORM
                + "Content-Encoding: gzip\r\nContent-Length: " + bomb.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                bomb));
        assertEnvelope(compressed);
        assertEquals(413, compressed.status(), compressed.body());
        RawHttp declared = RawHttp.send(emulator.port(), "POST / HTTP/1.1\r\nHost: h\r\n" + FORM
                + "Content-Length: 50000000\r\n\r\nAction=");
        assertEquals(413, declared.status(), declared.body());
        assertEnvelope(declared);
    }

    @ParameterizedTest
    @ValueSource(strings = {"n\uFFFE", "n\uFFFF", "a\u0001b", "a\u001Fb"})
    void charactersXmlCannotCarryAreRefusedAndTheAnswerIsWellFormed(String name) throws Exception {
        TestAccount management = emulator.control().createAccount("management");
        ApiResponse answer = client(management, ResponseFormat.XML)
                .createAggregator(AggregatorRequest.create(name, "CUSTOM").withDescription("d"));
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("<Code>InvalidParameter</Code>"), answer.body());
        parseXml(answer.body());
        ApiResponse list = client(management, ResponseFormat.XML).listAggregators(10);
        assertEquals(200, list.status(), list.body());
        parseXml(list.body());
        assertFalse(list.body().contains("<AggregatorName>"), "nothing was stored: " + list.body());
    }

    @Test
    void textXmlCanCarryIsStoredAndAnsweredWellFormed() throws Exception {
        TestAccount management = emulator.control().createAccount("management");
        emulator.control().setAggregatorCreation(management.accountId(), Duration.ZERO);
        String name = "Grüße 🙂 <&> \"'\t";
        ApiResponse created = client(management, ResponseFormat.XML)
                .createAggregator(AggregatorRequest.create(name, "RD").withDescription("d"));
        assertEquals(200, created.status(), created.body());
        ApiResponse list = client(management, ResponseFormat.XML).listAggregators(10);
        assertEquals(name, parseXml(list.body()).getElementsByTagName("AggregatorName").item(0).getTextContent());
    }

    @ParameterizedTest
    @CsvSource({"AggregatorName, 256", "Description, 1024"})
    void storedTextHasALengthLimit(String parameter, int limit) {
        TestAccount management = emulator.control().createAccount("management");
        emulator.control().setAggregatorCreation(management.accountId(), Duration.ZERO);
        String tooLong = "x".repeat(limit + 1);
        AggregatorRequest request = parameter.equals("Description")
                ? AggregatorRequest.create("g", "RD").withDescription(tooLong)
                : AggregatorRequest.create(tooLong, "RD").withDescription("d");
        ApiResponse refused = client(management, ResponseFormat.JSON).createAggregator(request);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"Code\":\"InvalidParameter\""), refused.body());
        assertTrue(refused.body().contains(parameter) && refused.body().contains(String.valueOf(limit)),
                "the message names the parameter and its limit: " + refused.body());
        String longest = "x".repeat(limit);
        AggregatorRequest accepted = parameter.equals("Description")
                ? AggregatorRequest.create("g", "RD").withDescription(longest)
                : AggregatorRequest.create(longest, "RD").withDescription("d");
        assertEquals(200, client(management, ResponseFormat.JSON).createAggregator(accepted).status());
    }

    /**
     * Many clients that sent their headers and two bytes of a 100-byte body, and then nothing: a normal call is
     * answered while they are all still connected, and each of them is answered once it sends the rest.
     */
    @Test
    void slowSendersKeepNobodyWaiting() throws IOException {
        String body = "Action=GetAggregator&Padding=" + "x".repeat(100 - "Action=GetAggregator&Padding=".length());
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                Socket socket = new Socket("127.0.0.1", emulator.port());
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + FORM + "Content-Length: 100\r\n"
                        + "Connection: close\r\n\r\n" + body.substring(0, 2)).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            ApiResponse normal = client(emulator.control().createAccount("individual"), ResponseFormat.JSON)
                    .getConfigurationRecorder();
            assertEquals(200, normal.status(), normal.body());
            for (Socket socket : slow) {
                socket.getOutputStream().write(body.substring(2).getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                RawHttp answer = RawHttp.read(socket.getInputStream());
                assertEquals(400, answer.status(), "still connected and then answered: " + answer.body());
                assertEnvelope(answer);
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    static void assertEnvelope(RawHttp answer) {
        String context = answer.head() + answer.body();
        assertTrue(answer.status() >= 400 && answer.status() < 500, "a 4xx: " + context);
        String type = String.valueOf(answer.header("Content-Type"));
        assertTrue(type.startsWith("application/json") || type.startsWith("application/xml"), "JSON or XML: " + context);
        assertTrue(answer.body().contains("RequestId") && answer.body().contains("Code"), "the envelope: " + context);
        assertFalse(answer.body().toLowerCase().contains("<html"), "no HTML: " + context);
        assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat "), "no stack: " + context);
    }

    private static ConfigClient client(TestAccount account, ResponseFormat format) {
        return new ConfigClient(ClientSettings.defaults(emulator.baseUri(), account.credentials())
                .withVersion(ApiVersion.V2020_09_07).withFormat(format));
    }

    private static org.w3c.dom.Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] gzip(int zeros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            byte[] block = new byte[1 << 16];
            for (int written = 0; written < zeros; written += block.length) {
                gzip.write(block);
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] head, byte[] body) {
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}
