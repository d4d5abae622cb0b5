package io.configconformance.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureV3Test {

    // Known-answer vector from the official openapi-util tests (getAuthorization), quoted in PROTOCOL.md.
    private static final Map<String, String> QUERY = Map.of("test", "ok", "empty", "");
    private static final Map<String, String> HEADERS = Map.of("x-acs-test", "http");
    private static final String PAYLOAD_HASH = "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23";
    private static final String SIGNATURE = "02e81f9f3cc8839151b0c7278024cbc4bfc9fa786085a0b8305f825f17b5dae7";
    private static final String AUTHORIZATION =
            "ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,Signature=" + SIGNATURE;

    private static String sign(String method, Map<String, String> query, Map<String, String> headers,
            List<String> signed, String payloadHash, String secret) {
        return SignatureV3.signature(
                SignatureV3.canonicalRequest(method, "/", query, headers, signed, payloadHash), secret);
    }

    @Test
    void knownAnswerCanonicalRequest() {
        assertEquals("GET\n/\nempty=&test=ok\nx-acs-test:http\n\nx-acs-test\n" + PAYLOAD_HASH,
                SignatureV3.canonicalRequest("GET", "/", QUERY, HEADERS, List.of("x-acs-test"), PAYLOAD_HASH));
    }

    @Test
    void knownAnswerSignatureAndAuthorization() {
        List<String> signed = SignatureV3.signedHeaderNames(HEADERS.keySet());
        String signature = sign("GET", QUERY, HEADERS, signed, PAYLOAD_HASH, "secret");
        assertEquals(SIGNATURE, signature);
        assertEquals(AUTHORIZATION, SignatureV3.authorization("acesskey", signed, signature));
    }

    @Test
    void officialTestHeadersWithTwoSpellingsOfOneNameGiveTheSameAnswer() {
        // The official test also puts "x-acs-TEST: https"; its expected value is the one for "http".
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-acs-TEST", "https");
        headers.put("x-acs-test", "http");
        List<String> signed = SignatureV3.signedHeaderNames(headers.keySet());
        assertEquals(List.of("x-acs-test"), signed);
        assertEquals(SIGNATURE, sign("GET", QUERY, headers, signed, PAYLOAD_HASH, "secret"));
    }

    @Test
    void stringToSignIsAlgorithmAndHexHashOfCanonicalRequest() {
        assertEquals("ACS3-HMAC-SHA256\n9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                SignatureV3.stringToSign("test"));
    }

    @Test
    void sha256HexOfEmptyBodyIsTheWellKnownValue() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", SignatureV3.sha256Hex(new byte[0]));
        assertEquals("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                SignatureV3.sha256Hex("test".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void headerNamesMatchCaseInsensitivelyValuesAreTrimmedAndSignedListIsSorted() {
        Map<String, String> headers = Map.of("Host", "config.cn-shanghai.aliyuncs.com", "X-Acs-Action", "  ListRules ");
        assertEquals("POST\n/\n\nhost:config.cn-shanghai.aliyuncs.com\nx-acs-action:ListRules\n\nhost;x-acs-action\nh",
                SignatureV3.canonicalRequest("POST", "/", Map.of(), headers, List.of("x-acs-action", "HOST"), "h"));
    }

    @Test
    void queryIsPercentEncodedAndSortedByEncodedName() {
        String canonical = SignatureV3.canonicalRequest("GET", "/", Map.of("b", "x y", "a*", "中", "A", "~"),
                Map.of(), List.of(), "h");
        assertEquals("GET\n/\nA=~&a%2A=%E4%B8%AD&b=x%20y\n\n\nh", canonical);
    }

    static Stream<Arguments> mutations() {
        Map<String, String> headers = Map.of("x-acs-test", "https");
        return Stream.of(
                Arguments.of("HTTP method", sign("POST", QUERY, HEADERS, List.of("x-acs-test"), PAYLOAD_HASH, "secret")),
                Arguments.of("query value", sign("GET", Map.of("test", "ok!", "empty", ""), HEADERS, List.of("x-acs-test"), PAYLOAD_HASH, "secret")),
                Arguments.of("query added", sign("GET", Map.of("test", "ok", "empty", "", "n", "1"), HEADERS, List.of("x-acs-test"), PAYLOAD_HASH, "secret")),
                Arguments.of("signed header value", sign("GET", QUERY, headers, List.of("x-acs-test"), PAYLOAD_HASH, "secret")),
                Arguments.of("payload hash", sign("GET", QUERY, HEADERS, List.of("x-acs-test"), PAYLOAD_HASH.replace('5', '6'), "secret")),
                Arguments.of("secret", sign("GET", QUERY, HEADERS, List.of("x-acs-test"), PAYLOAD_HASH, "secreT")),
                Arguments.of("signed header list", sign("GET", QUERY, HEADERS, List.of("x-acs-test", "host"), PAYLOAD_HASH, "secret")));
    }

    @ParameterizedTest(name = "changing the {0} changes the signature")
    @MethodSource("mutations")
    void anySignedChangeChangesTheSignature(String what, String signature) {
        assertEquals(64, signature.length());
        assertNotEquals(SIGNATURE, signature);
    }

    @Test
    void unsignedHeaderDoesNotAffectTheSignature() {
        Map<String, String> headers = Map.of("x-acs-test", "http", "User-Agent", "AlibabaCloud (Linux) Java/17");
        assertEquals(SIGNATURE, sign("GET", QUERY, headers, List.of("x-acs-test"), PAYLOAD_HASH, "secret"));
        Map<String, String> changed = Map.of("x-acs-test", "http", "User-Agent", "curl/8.0");
        assertEquals(SIGNATURE, sign("GET", QUERY, changed, List.of("x-acs-test"), PAYLOAD_HASH, "secret"));
    }

    @Test
    void signedHeaderNamesPicksHostContentTypeAndXAcsOnlySortedAndLowerCased() {
        List<String> names = SignatureV3.signedHeaderNames(List.of("X-Acs-Version", "User-Agent", "Content-Type",
                "x-acs-action", "Accept", "HOST", "x-acs-version", "Content-Length", "x-acsnot", "Authorization"));
        assertEquals(List.of("content-type", "host", "x-acs-action", "x-acs-version"), names);
        assertEquals(List.of(), SignatureV3.signedHeaderNames(Set.of("Accept", "Date")));
    }

    @Test
    void parsesWellFormedHeader() {
        assertEquals(Optional.of(new SignatureV3.Authorization("acesskey", List.of("x-acs-test"), SIGNATURE)),
                SignatureV3.parseAuthorization(AUTHORIZATION));
    }

    @Test
    void parsesWithSpacesAfterCommasAndKeepsClientOrderOfSignedHeaders() {
        Optional<SignatureV3.Authorization> parsed = SignatureV3.parseAuthorization(
                "ACS3-HMAC-SHA256 Credential=LTAIexample, SignedHeaders=x-acs-date; host;x-acs-action,  Signature=abc123 ");
        assertEquals(Optional.of(new SignatureV3.Authorization("LTAIexample",
                List.of("x-acs-date", "host", "x-acs-action"), "abc123")), parsed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "ACS3-HMAC-SM3 Credential=a,SignedHeaders=host,Signature=b",
            "ACS3-RSA-SHA256 Credential=a,SignedHeaders=host,Signature=b",
            "acs a:b",
            "ACS3-HMAC-SHA256Credential=a,SignedHeaders=host,Signature=b",
            "ACS3-HMAC-SHA256 SignedHeaders=host,Signature=b",
            "ACS3-HMAC-SHA256 Credential=a,Signature=b",
            "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host",
            "ACS3-HMAC-SHA256 Credential=,SignedHeaders=host,Signature=b",
            "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=,Signature=b",
            "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host,Signature=",
    })
    void rejectsOtherAlgorithmsAndMissingParts(String header) {
        assertTrue(SignatureV3.parseAuthorization(header).isEmpty(), header);
    }

    @Test
    void rejectsNull() {
        assertTrue(SignatureV3.parseAuthorization(null).isEmpty());
    }

    @Test
    void roundTripsWithAuthorization() {
        List<String> signed = SignatureV3.signedHeaderNames(
                List.of("x-acs-signature-nonce", "Host", "x-acs-date", "content-type", "x-acs-content-sha256"));
        String header = SignatureV3.authorization("LTAI5tExample", signed, SIGNATURE);
        assertEquals(Optional.of(new SignatureV3.Authorization("LTAI5tExample", signed, SIGNATURE)),
                SignatureV3.parseAuthorization(header));
    }
}
