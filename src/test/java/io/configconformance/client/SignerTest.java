package io.configconformance.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.configconformance.signing.SignatureV3;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The signer against the published V1 example (PROTOCOL.md) and the V3 rules it must keep. */
class SignerTest {

    private static final Signer PUBLISHED = new Signer(Credentials.of("testid", "testsecret"),
            Clock.fixed(Instant.parse("2016-02-23T12:46:24Z"), ZoneOffset.UTC),
            () -> "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf", Set.of());

    @Test
    void aV1GetIsThePublishedExampleInTheQuery() {
        SignedRequest request = PUBLISHED.v1(ParameterPlacement.QUERY, "DescribeRegions", "2014-05-26", "XML",
                Map.of());
        assertEquals("GET", request.method());
        assertEquals("/?AccessKeyId=testid&Action=DescribeRegions&Format=XML"
                + "&Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D&SignatureMethod=HMAC-SHA1"
                + "&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0"
                + "&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26", request.pathAndQuery());
        assertEquals(Map.of(), request.headers());
        assertNull(request.body());
    }

    @Test
    void aV1PostCarriesTheSameParametersInAFormBody() {
        SignedRequest request = PUBLISHED.v1(ParameterPlacement.FORM, "DescribeRegions", "2014-05-26", "XML",
                Map.of());
        assertEquals("POST /", request.method() + " " + request.pathAndQuery());
        assertEquals(Map.of("Content-Type", "application/x-www-form-urlencoded"), request.headers());
        String body = new String(request.body(), StandardCharsets.UTF_8);
        String query = PUBLISHED.v1(ParameterPlacement.QUERY, "DescribeRegions", "2014-05-26", "XML", Map.of())
                .pathAndQuery().substring("/?".length());
        assertEquals(withoutSignature(query), withoutSignature(body));
        assertFalse(body.contains("OLeaidS1JvxuMvnyHOwuJ"), "a POST signs another string: " + body);
    }

    private static String withoutSignature(String encoded) {
        return encoded.replaceAll("&Signature=[^&]*", "");
    }

    @Test
    void aLeftOutParameterIsNeitherSentNorSigned() {
        String query = PUBLISHED.omitting("Timestamp").omitting("Signature")
                .v1(ParameterPlacement.QUERY, "DescribeRegions", "2014-05-26", "XML", Map.of()).pathAndQuery();
        assertFalse(query.contains("Timestamp=") || query.contains("Signature="), query);
    }

    @Test
    void aV3RequestSignsTheHeadersItListsOverTheFormBody() {
        SignedRequest request = PUBLISHED.v3("config.cn-shanghai.aliyuncs.com", "GetAggregator", "2020-09-07", "XML",
                Map.of("AggregatorId", "ca-1"));
        String body = new String(request.body(), StandardCharsets.UTF_8);
        assertEquals("AggregatorId=ca-1&Format=XML", body);
        Map<String, String> headers = request.headers();
        assertEquals(List.of("Authorization", "content-type", "host", "x-acs-action", "x-acs-content-sha256",
                "x-acs-date", "x-acs-signature-nonce", "x-acs-version"), List.copyOf(headers.keySet()));
        assertEquals("2016-02-23T12:46:24Z", headers.get("x-acs-date"));
        assertEquals(SignatureV3.sha256Hex(request.body()), headers.get("x-acs-content-sha256"));
        SignatureV3.Authorization authorization = SignatureV3.parseAuthorization(headers.get("Authorization"))
                .orElseThrow();
        String canonical = SignatureV3.canonicalRequest("POST", "/", Map.of(), headers,
                authorization.signedHeaders(), headers.get("x-acs-content-sha256"));
        assertEquals(SignatureV3.signature(canonical, "testsecret"), authorization.signature());
    }

    @Test
    void aV3RequestWithoutParametersHasNoBodyAndNoContentType() {
        SignedRequest request = PUBLISHED.v3("127.0.0.1:8080", "GetConfigurationRecorder", "2020-09-07", "JSON",
                Map.of());
        assertNull(request.body());
        assertFalse(request.headers().containsKey("content-type"));
        assertEquals(SignatureV3.sha256Hex(new byte[0]), request.headers().get("x-acs-content-sha256"));
    }
}
