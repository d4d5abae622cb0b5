package io.configconformance.client;

import static io.configconformance.client.AnswerLosingProxy.Loss.AFTER_ACTING;
import static io.configconformance.client.AnswerLosingProxy.Loss.BEFORE_ACTING;
import static io.configconformance.client.AnswerLosingProxy.Loss.SENT_TWICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A signed request whose answer is lost after the service acted, and which reaches the service a second time, is
 * reported as a lost answer that may have acted: never as the service's SignatureNonceUsed. A nonce sent again on
 * purpose keeps its answer.
 */
class SecondCopyTest {

    private static final String RECORDER_READ = "Action=GetConfigurationRecorder";

    private Emulator emulator;
    private TestAccount account;
    private AnswerLosingProxy proxy;

    @BeforeEach
    void start() {
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
        account = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(5)).createAccount("individual");
    }

    @AfterEach
    void stop() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
        emulator.close();
    }

    private ConfigClient client(UnaryOperator<ClientSettings> change) {
        return new ConfigClient(change.apply(ClientSettings.defaults(proxy.uri(), account.source())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))));
    }

    @Test
    void anAnswerLostOnAReusedConnectionIsALostAnswerThatMayHaveActedNotSignatureNonceUsed() throws IOException {
        proxy = new AnswerLosingProxy(emulator.baseUri(), line -> line.contains(RECORDER_READ), AFTER_ACTING);
        ConfigClient client = client(UnaryOperator.identity());
        client.describeConfigurationRecorder(); // any answer leaves a pooled connection for the next request
        client.takeResends();

        TransportFailure lost = assertThrows(TransportFailure.class, client::getConfigurationRecorder);

        assertTrue(lost.reachedTwice());
        assertEquals(1, lost.getMessage().lines().count(), lost.getMessage());
        assertTrue(lost.getMessage().contains("the second copy was answered SignatureNonceUsed: the first copy reached"
                + " the service and may have acted, and its answer was lost"), lost.getMessage());
        String read = proxy.requestLines.stream().filter(line -> line.contains(RECORDER_READ)).findFirst()
                .orElseThrow();
        assertEquals(2, proxy.copiesOf(read), "the same signed request, nonce and all, reached the emulator twice");
        if ("1".equals(System.getProperty(SecondCopy.ATTEMPTS_PROPERTY))) {
            // java.net.http was kept from sending it again by itself: the client did, and says so
            assertTrue(lost.getMessage().contains("it was sent again with the same nonce"), lost.getMessage());
            assertEquals(List.of("Sent again: GetConfigurationRecorder: the connection closed after the request was"
                    + " sent and before any byte of its answer; sent again with the same nonce"), client.takeResends());
        }
        assertTrue(client.lastExchange().response().contains("SignatureNonceUsed"), "the report shows what came back");
    }

    /** A keep-alive race: the connection closed before the request reached the service; the copy gets its answer. */
    @Test
    void aRequestLostBeforeTheServiceGetsTheServicesAnswerToTheCopyAndSaysItWasSentAgain() throws IOException {
        Assumptions.assumeTrue("1".equals(System.getProperty(SecondCopy.ATTEMPTS_PROPERTY)),
                "only where java.net.http is kept to one attempt does the client send the copy itself");
        proxy = new AnswerLosingProxy(emulator.baseUri(), line -> line.contains(RECORDER_READ), BEFORE_ACTING);
        ConfigClient client = client(UnaryOperator.identity());
        client.describeConfigurationRecorder();
        client.takeResends();

        ApiResponse answer = client.getConfigurationRecorder();

        assertEquals(200, answer.status(), answer.body());
        List<String> resends = client.takeResends();
        assertEquals(1, resends.size(), resends.toString());
        assertTrue(resends.get(0).startsWith(ConfigClient.SENT_AGAIN + "GetConfigurationRecorder: the connection"
                + " closed"), resends.get(0));
    }

    @Test
    void aFreshNonceAnsweredSignatureNonceUsedIsALostAnswerWhoeverSentItTwice() throws IOException {
        proxy = new AnswerLosingProxy(emulator.baseUri(), line -> line.contains(RECORDER_READ), SENT_TWICE);

        TransportFailure lost = assertThrows(TransportFailure.class,
                () -> client(UnaryOperator.identity()).getConfigurationRecorder());

        assertTrue(lost.reachedTwice());
        assertTrue(lost.getMessage().startsWith("GetConfigurationRecorder 2020-09-07: no usable answer from "
                + proxy.uri() + ": the HTTP client sent it a second time"), lost.getMessage());
        assertFalse(lost.getMessage().contains("Signature="), "nothing of the signature in the line");
    }

    @Test
    void aNonceSentAgainOnPurposeGetsTheServicesAnswer() throws IOException {
        proxy = new AnswerLosingProxy(emulator.baseUri(), line -> false, AFTER_ACTING);
        String nonce = UUID.randomUUID().toString();
        ConfigClient replaying = client(settings -> settings.withNonceSource(() -> nonce));

        assertTrue(replaying.getConfigurationRecorder().isSuccess());
        ApiResponse replayed = replaying.getConfigurationRecorder();

        assertEquals(400, replayed.status());
        assertTrue(replayed.body().contains("\"SignatureNonceUsed\""), replayed.body());
    }

    @Test
    void aRefusedConnectIsReportedAsRefusedAndNothingIsSentAgain() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ConfigClient client = new ConfigClient(ClientSettings.defaults(URI.create("http://127.0.0.1:"
                + closedPort), account.source()).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10)));

        TransportFailure refused = assertThrows(TransportFailure.class, client::getConfigurationRecorder);

        assertFalse(refused.reachedTwice());
        assertTrue(refused.getMessage().contains(": ConnectException"), refused.getMessage());
        assertFalse(refused.getMessage().contains("closed after the request was sent"), refused.getMessage());
        assertEquals(List.of(), client.takeResends());
    }

    @Test
    void theJarKeepsTheHttpClientToOneAttemptUnlessTheJvmWasToldOtherwise() {
        String before = System.getProperty(SecondCopy.ATTEMPTS_PROPERTY);
        try {
            System.clearProperty(SecondCopy.ATTEMPTS_PROPERTY);
            SecondCopy.keepTheHttpClientFromResending();
            assertEquals("1", System.getProperty(SecondCopy.ATTEMPTS_PROPERTY));
            System.setProperty(SecondCopy.ATTEMPTS_PROPERTY, "3");
            SecondCopy.keepTheHttpClientFromResending();
            assertEquals("3", System.getProperty(SecondCopy.ATTEMPTS_PROPERTY), "a -D of the user's is kept");
        } finally {
            if (before == null) {
                System.clearProperty(SecondCopy.ATTEMPTS_PROPERTY);
            } else {
                System.setProperty(SecondCopy.ATTEMPTS_PROPERTY, before);
            }
        }
    }

    @Test
    void aRefusedConnectionIsHandedBackAsTheRefusalAndOtherFailuresAsTheyCame() {
        ConnectException refused = new ConnectException("refused");
        assertSame(refused, SecondCopy.closedBeforeAnswer(new IOException("Too many retries", refused)));
        assertSame(refused, SecondCopy.closedBeforeAnswer(new IOException("Too many retries",
                new IOException("Too many retries", refused))), "as HttpClient.send wraps it");
        IOException other = new IOException("reset");
        assertSame(other, SecondCopy.closedBeforeAnswer(other));
        assertInstanceOf(SecondCopy.ClosedBeforeAnswer.class, SecondCopy.closedBeforeAnswer(
                new IOException("Too many retries", new IOException("HTTP/1.1 header parser received no bytes"))));
        assertTrue(SecondCopy.nonceUsed(400, "<Error><Code>SignatureNonceUsed</Code></Error>"));
        assertFalse(SecondCopy.nonceUsed(200, "{\"Code\":\"SignatureNonceUsed\"}"));
    }
}
