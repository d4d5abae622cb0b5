package io.configconformance.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignatureV1Test {

    /** Alibaba Cloud's published RPC signature example, as quoted in PROTOCOL.md. */
    private static Map<String, String> publishedExample() {
        return new HashMap<>(Map.of(
                "Timestamp", "2016-02-23T12:46:24Z",
                "Format", "XML",
                "AccessKeyId", "testid",
                "Action", "DescribeRegions",
                "SignatureMethod", SignatureV1.SIGNATURE_METHOD,
                "SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
                "Version", "2014-05-26",
                "SignatureVersion", SignatureV1.SIGNATURE_VERSION));
    }

    private static final String PUBLISHED_STRING_TO_SIGN = "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions"
            + "%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
            + "%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26";
    private static final String PUBLISHED_SIGNATURE = "OLeaidS1JvxuMvnyHOwuJ+uX5qY=";

    @Test
    void publishedExampleStringToSign() {
        assertEquals(PUBLISHED_STRING_TO_SIGN, SignatureV1.stringToSign("GET", publishedExample()));
    }

    @Test
    void publishedExampleSignature() {
        assertEquals(PUBLISHED_SIGNATURE, SignatureV1.sign("GET", publishedExample(), "testsecret"));
    }

    @Test
    void openApiUtilVector() {
        Map<String, String> params = Map.of("query", "test", "body", "test");
        assertEquals("GET&%2F&body%3Dtest%26query%3Dtest", SignatureV1.stringToSign("GET", params));
        assertEquals("XlUyV4sXjOuX5FnjUz9IF9tm5rU=", SignatureV1.sign("GET", params, "secret"));
    }

    @Test
    void signatureParameterIsIgnoredSoVerifiersCanPassTheRequestAsReceived() {
        Map<String, String> received = publishedExample();
        received.put("Signature", PUBLISHED_SIGNATURE);
        assertEquals(PUBLISHED_STRING_TO_SIGN, SignatureV1.stringToSign("GET", received));
        assertEquals(PUBLISHED_SIGNATURE, SignatureV1.sign("GET", received, "testsecret"));
    }

    @Test
    void namesSortByByteOrderSoUpperCaseComesFirst() {
        assertEquals("POST&%2F&B%3D2%26a%3D1%26b%3D3",
                SignatureV1.stringToSign("POST", Map.of("a", "1", "B", "2", "b", "3")));
    }

    @Test
    void namesSortByUtf8BytesNotUtf16Units() {
        // U+FF5E is EF BD 9E in UTF-8 and sorts before U+1F600 (F0 ...), although its UTF-16 unit is larger.
        assertEquals("GET&%2F&%25EF%25BD%259E%3D1%26%25F0%259F%2598%2580%3D2",
                SignatureV1.stringToSign("GET", Map.of("\uFF5E", "1", "\uD83D\uDE00", "2")));
    }

    @Test
    void namesAndValuesAreEncodedBeforeTheWholeIsEncodedAgain() {
        // A space becomes %20 in the pair, then its % becomes %25 in the outer encoding.
        assertEquals("GET&%2F&k%2520x%3Dv%2520%252A~", SignatureV1.stringToSign("GET", Map.of("k x", "v *~")));
    }

    @Test
    void emptyValueIsSignedAsNameEquals() {
        assertEquals("GET&%2F&a%3D%26b%3D1", SignatureV1.stringToSign("GET", Map.of("a", "", "b", "1")));
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                Arguments.of("one parameter value changed", "GET", (Consumer<Map<String, String>>) p -> p.put("Format", "JSON"), "testsecret"),
                Arguments.of("parameter added", "GET", (Consumer<Map<String, String>>) p -> p.put("RegionId", "cn-shanghai"), "testsecret"),
                Arguments.of("parameter removed", "GET", (Consumer<Map<String, String>>) p -> p.remove("Format"), "testsecret"),
                Arguments.of("secret changed", "GET", (Consumer<Map<String, String>>) p -> { }, "testsecreT"),
                Arguments.of("HTTP method changed", "POST", (Consumer<Map<String, String>>) p -> { }, "testsecret"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void anyChangeChangesTheSignature(String description, String method, Consumer<Map<String, String>> mutation,
            String secret) {
        Map<String, String> params = publishedExample();
        mutation.accept(params);
        String signature = SignatureV1.sign(method, params, secret);
        assertNotEquals(PUBLISHED_SIGNATURE, signature);
    }

    /** UTF-16 order puts U+E000 after an emoji's surrogates; the byte order the protocol names puts it first. */
    @Test
    void namesBeyondTheSurrogatesSortByTheirUtf8Bytes() {
        java.util.Map<String, String> parameters = new java.util.HashMap<>();
        parameters.put("\uD83D\uDE00", "2");
        parameters.put("\uE000", "1");
        parameters.put("z", "0");
        String canonical = java.net.URLDecoder.decode(SignatureV1.stringToSign("GET", parameters).split("&", 3)[2],
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("z=0&%EE%80%80=1&%F0%9F%98%80=2", canonical);
    }

    /** The one-pass string to sign against its definition, on random parameters of every kind of character. */
    @Test
    void stringToSignFollowsItsDefinitionOnRandomParameters() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "aZ09-_.~ *%&=/+:é中\uE000😀";
        for (int i = 0; i < 5_000; i++) {
            java.util.Map<String, String> parameters = new java.util.HashMap<>();
            for (int n = random.nextInt(6); n >= 0; n--) {
                parameters.put(randomText(random, alphabet, 1), randomText(random, alphabet, 0));
            }
            String canonical = parameters.entrySet().stream()
                    .filter(e -> !e.getKey().equals("Signature"))
                    .sorted(java.util.Map.Entry.comparingByKey((a, b) -> java.util.Arrays.compareUnsigned(
                            a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            b.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                    .map(e -> PercentEncoding.encode(e.getKey()) + "=" + PercentEncoding.encode(e.getValue()))
                    .collect(java.util.stream.Collectors.joining("&"));
            assertEquals("POST&%2F&" + PercentEncoding.encode(canonical), SignatureV1.stringToSign("POST", parameters));
        }
    }

    private static String randomText(java.util.Random random, String alphabet, int least) {
        StringBuilder text = new StringBuilder();
        for (int n = least + random.nextInt(6); n > 0; n--) {
            text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                    random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        return text.toString();
    }
}
