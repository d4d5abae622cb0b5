package io.configconformance.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.Credentials;
import io.configconformance.client.ParameterPlacement;
import io.configconformance.client.SignatureVersion;
import io.configconformance.client.SignedRequest;
import io.configconformance.client.Signer;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.Role;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.validation.ResponseFields;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The emulator over real HTTP on a loopback port: the wire protocol and its documented errors. */
class EmulatorProtocolTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();


    private static Credentials fresh(Role role) {
        Account account = emulator.state().accounts().create(role, null);
        return Credentials.of(account.accessKeyId(), account.accessKeySecret());
    }

    private static ConfigClient client(UnaryOperator<ClientSettings> change) {
        return new ConfigClient(change.apply(ClientSettings.defaults(emulator.baseUri(), fresh(Role.INDIVIDUAL))));
    }

    private static String field(ApiResponse response, String path) {
        return String.join(",", ResponseFields.values(response.format(), response.body(), path));
    }

    @ParameterizedTest
    @CsvSource({"V1,QUERY,JSON", "V1,QUERY,XML", "V1,FORM,JSON", "V1,FORM,XML", "V3,QUERY,JSON", "V3,QUERY,XML"})
    void startsTheRecorderInEveryWayClientsSign(SignatureVersion signature, ParameterPlacement placement,
                                               ResponseFormat format) {
        ApiResponse response = client(s -> s.withSignature(signature).withPlacement(placement).withFormat(format))
                .startConfigurationRecorder();
        assertEquals(200, response.status(), response.body());
        assertEquals("BUILDING", field(response, "ConfigurationRecorder.ConfigurationRecorderStatus"));
        assertTrue(response.header("Content-Type").orElseThrow().startsWith(
                format == ResponseFormat.XML ? "application/xml" : "application/json"));
        if (format == ResponseFormat.XML) {
            assertTrue(response.body().contains("<StartConfigurationRecorderResponse>"), response.body());
        }
    }

    @Test
    void version2019AnswersTheAccountAndLeavesOrganizationMasterIdOut() {
        ApiResponse response = client(s -> s.withVersion(ApiVersion.V2019_01_08)).startConfigurationRecorder();
        assertEquals(200, response.status(), response.body());
        assertEquals("REGISTRABLE", field(response, "ConfigurationRecorder.OrganizationEnableStatus"));
        assertTrue(field(response, "ConfigurationRecorder.AccountId").matches("\\d{16}"), response.body());
        assertEquals("", field(response, "ConfigurationRecorder.OrganizationMasterId"));
    }

    @Test
    void eachAccountCanHaveItsOwnDeploymentTime() {
        Account slow = emulator.state().accounts().create(Role.INDIVIDUAL, null);
        Account fast = emulator.state().accounts().create(Role.INDIVIDUAL, null);
        emulator.state().setRecorderTransition(slow.accountId(), Duration.ofMinutes(1));
        emulator.state().setRecorderTransition(fast.accountId(), Duration.ZERO);
        ConfigClient slowClient = new ConfigClient(ClientSettings.defaults(emulator.baseUri(),
                Credentials.of(slow.accessKeyId(), slow.accessKeySecret())));
        ConfigClient fastClient = new ConfigClient(ClientSettings.defaults(emulator.baseUri(),
                Credentials.of(fast.accessKeyId(), fast.accessKeySecret())));
        slowClient.startConfigurationRecorder();
        fastClient.startConfigurationRecorder();
        assertError(slowClient.startConfigurationRecorder(), 400, "ProcessIsRunning");
        assertEquals("REGISTERED", field(fastClient.startConfigurationRecorder(),
                "ConfigurationRecorder.ConfigurationRecorderStatus"));
    }

    @Test
    void everyAnswerHasAFreshRequestIdEchoedInTheHeader() {
        ConfigClient client = client(UnaryOperator.identity());
        ApiResponse first = client.startConfigurationRecorder();
        ApiResponse second = client.startConfigurationRecorder();
        assertNotEquals(field(first, "RequestId"), field(second, "RequestId"));
        assertEquals(field(second, "RequestId"), second.header("x-acs-request-id").orElseThrow());
    }

    @Test
    void answersCarryNoHeaderOfTheServerUnderneath() throws Exception {
        ConfigClient client = client(UnaryOperator.identity());
        ApiResponse success = client.startConfigurationRecorder();
        ApiResponse error = client(s -> s.withCredentials(s.credentials().withSecret("wrong")))
                .startConfigurationRecorder();
        java.net.http.HttpResponse<String> control = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(emulator.baseUri().resolve("/__emulator/info")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, success.status(), success.body());
        assertEquals(400, error.status(), error.body());
        assertEquals(200, control.statusCode(), control.body());
        assertTrue(success.header("Matched-Stub-Id").isEmpty(), "success: " + success.headers());
        assertTrue(error.header("Matched-Stub-Id").isEmpty(), "error: " + error.headers());
        assertTrue(control.headers().firstValue("Matched-Stub-Id").isEmpty(), "control: " + control.headers());
        assertTrue(success.header("x-acs-request-id").isPresent(), "the emulator's own headers stay");
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void aWrongSecretIsSignatureDoesNotMatch(SignatureVersion signature) {
        ApiResponse response = client(s -> s.withSignature(signature)
                .withCredentials(s.credentials().withSecret("wrong"))).startConfigurationRecorder();
        assertError(response, 400, "SignatureDoesNotMatch");
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void theKeptExchangeMasksTheSignatureAndHoldsNoSecret(SignatureVersion signature) {
        ConfigClient client = client(s -> s.withSignature(signature));
        client.startConfigurationRecorder();
        String exchange = client.lastExchange().toString();
        assertTrue(exchange.contains("Signature=****"), exchange);
        assertTrue(!exchange.contains(client.settings().credentials().accessKeySecret()), exchange);
        assertTrue(!exchange.matches("(?s).*Signature=(?!\\*\\*\\*\\*).*"), exchange);
    }

    @Test
    void anUnknownKeyIsNotFound() {
        ApiResponse response = client(s -> s.withCredentials(s.credentials().withAccessKeyId("LTAInobody")))
                .startConfigurationRecorder();
        assertError(response, 404, "InvalidAccessKeyId.NotFound");
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void aReusedNonceIsRefusedButOnlyAfterTheSignatureChecksOut(SignatureVersion signature) {
        ConfigClient client = client(s -> s.withSignature(signature).withNonceSource(() -> "fixed-nonce"));
        ConfigClient forger = new ConfigClient(client.settings().withCredentials(
                client.settings().credentials().withSecret("forged")));
        assertError(forger.startConfigurationRecorder(), 400, "SignatureDoesNotMatch");
        assertEquals(200, client.startConfigurationRecorder().status(), "a forged request must not burn the nonce");
        assertError(client.startConfigurationRecorder(), 400, "SignatureNonceUsed");
    }

    @ParameterizedTest
    @CsvSource({"V1,-16", "V1,16", "V3,-16"})
    void aTimestampMoreThan15MinutesAwayIsExpired(SignatureVersion signature, int minutes) {
        Clock skewed = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(minutes));
        assertError(client(s -> s.withSignature(signature).withClock(skewed)).startConfigurationRecorder(),
                400, "InvalidTimeStamp.Expired");
    }

    @ParameterizedTest
    @CsvSource({"V1,Timestamp", "V1,SignatureNonce", "V1,AccessKeyId", "V1,Signature", "V1,SignatureMethod",
        "V1,Version", "V1,Action", "V3,x-acs-date", "V3,x-acs-signature-nonce", "V3,x-acs-content-sha256"})
    void aMissingCommonParameterIsNamed(SignatureVersion signature, String parameter) {
        ApiResponse response = client(s -> s.withSignature(signature).omitting(parameter)).startConfigurationRecorder();
        assertError(response, 400, "MissingParameter");
        assertTrue(field(response, "Message").contains(parameter), response.body());
    }

    @Test
    void aV3RequestWithoutAuthorizationIsTreatedAsV1AndMissesItsParameters() {
        assertError(client(s -> s.withSignature(SignatureVersion.V3).omitting("Authorization"))
                .startConfigurationRecorder(), 400, "MissingParameter");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anEmptyParameterMayBeSignedOrLeftOutOfTheSignature(boolean signedAsEmpty) throws Exception {
        SignedRequest request = Signer.of(fresh(Role.INDIVIDUAL)).v1(ParameterPlacement.QUERY,
                "StartConfigurationRecorder", "2020-09-07", "JSON", signedAsEmpty ? Map.of("RegionId", "") : Map.of());
        ApiResponse response = raw(request.pathAndQuery() + (signedAsEmpty ? "" : "&RegionId="));
        assertEquals(200, response.status(), response.body());
    }

    @Test
    void aV3RequestWithAChunkedEmptyBodyAndNoQueryIsServed() throws Exception {
        SignedRequest signed = Signer.of(fresh(Role.INDIVIDUAL)).v3("127.0.0.1:" + emulator.port(),
                "StartConfigurationRecorder", "2020-09-07", "JSON", Map.of());
        StringBuilder request = new StringBuilder("POST / HTTP/1.1\r\n");
        signed.headers().forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("\"ConfigurationRecorderStatus\":\"BUILDING\""), answer);
        }
    }

    @Test
    void unknownVersionAndActionHaveTheirOwnCodes() throws Exception {
        assertError(raw("/?Action=StartConfigurationRecorder&Version=2099-01-01"), 400, "InvalidVersion");
        assertError(raw("/?Action=DescribeEverything&Version=2020-09-07"), 404, "InvalidAction.NotFound");
    }

    @Test
    void anUnknownFormatIsInvalidParameter() throws Exception {
        assertError(raw("/?Action=StartConfigurationRecorder&Version=2020-09-07&Format=YAML"), 400, "InvalidParameter");
    }

    @Test
    void aDuplicatedParameterIsInvalidParameter() throws Exception {
        assertError(raw("/?Action=StartConfigurationRecorder&Action=StartConfigurationRecorder&Version=2020-09-07"),
                400, "InvalidParameter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?Format=XML&Action=%ZZ&Version=2020-09-07", "/?Format=XML&Action=Start%",
        "/?Format=xml&Action=%4&Version=2020-09-07", "/?%%&Format=XML"})
    void aMalformedEncodingIsInvalidParameterInTheRequestedFormat(String pathAndQuery) throws Exception {
        ApiResponse response = raw(pathAndQuery);
        assertEquals(ResponseFormat.XML, response.format());
        assertError(response, 400, "InvalidParameter");
        assertTrue(response.body().contains("<Error>"), response.body());
    }

    /** A GET written byte for byte on a socket, so that even a request no HTTP client library would send gets out. */
    private static ApiResponse raw(String pathAndQuery) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String[] parts = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .split("\r\n\r\n", 2);
            int status = Integer.parseInt(parts[0].split(" ")[1]);
            ResponseFormat format = parts[0].toLowerCase(Locale.ROOT).contains("content-type: application/xml")
                    ? ResponseFormat.XML : ResponseFormat.JSON;
            return new ApiResponse("raw", ApiVersion.V2020_09_07, status, Map.of(), parts[1], format);
        }
    }

    private static void assertError(ApiResponse response, int status, String code) {
        assertEquals(status, response.status(), response.body());
        assertEquals(code, field(response, "Code"), response.body());
        assertTrue(field(response, "RequestId").matches("[0-9A-F-]{36}"), response.body());
        assertTrue(!field(response, "HostId").isEmpty() && !field(response, "Message").isEmpty(), response.body());
    }
}
