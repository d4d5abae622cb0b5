package io.configconformance.restassured;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.Credentials;
import io.configconformance.client.ParameterPlacement;
import io.configconformance.client.SignedRequest;
import io.configconformance.client.Signer;
import io.configconformance.signing.SignatureV3;
import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.Filter;
import io.restassured.specification.FilterableRequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The filter signs as the suite's signer does: the published V1 example (PROTOCOL.md) comes out of a REST Assured GET
 * with its published signature, and V1 POSTs and V3 requests carry exactly what {@link Signer} builds. Nothing is
 * sent: a last filter takes the request as it would leave.
 */
class RpcSigningFilterTest {

    private static final Clock PUBLISHED_TIME = Clock.fixed(Instant.parse("2016-02-23T12:46:24Z"), ZoneOffset.UTC);
    private static final String PUBLISHED_NONCE = "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf";
    private static final Signer SIGNER = new Signer(Credentials.of("testid", "testsecret"), PUBLISHED_TIME,
            () -> PUBLISHED_NONCE, Set.of());

    private final AtomicReference<FilterableRequestSpecification> sent = new AtomicReference<>();
    private final Filter capture = (request, response, context) -> {
        sent.set(request);
        return new ResponseBuilder().setStatusCode(200).setContentType("application/json").setBody("{}").build();
    };

    private static RpcSigningFilter published(RpcSigningFilter.Version version) {
        return RpcSigningFilter.of(version, "testid", "testsecret").withClock(PUBLISHED_TIME)
                .withNonceSource(() -> PUBLISHED_NONCE);
    }

    @Test
    void aV1GetCarriesThePublishedSignature() {
        given().filter(published(RpcSigningFilter.Version.V1)).filter(capture)
                .queryParam("Action", "DescribeRegions").queryParam("Version", "2014-05-26").queryParam("Format", "XML")
                .get("http://127.0.0.1:9/");
        assertEquals("http://127.0.0.1:9/?AccessKeyId=testid&Action=DescribeRegions&Format=XML"
                + "&Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D&SignatureMethod=HMAC-SHA1"
                + "&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0"
                + "&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26", sent.get().getURI());
    }

    @Test
    void aV1PostCarriesTheSignersFormBody() {
        given().filter(published(RpcSigningFilter.Version.V1)).filter(capture)
                .formParam("Action", "GetAggregator").formParam("Version", "2020-09-07")
                .formParam("AggregatorId", "ca-1 *~")
                .post("http://127.0.0.1:9/");
        SignedRequest expected = SIGNER.v1(ParameterPlacement.FORM, "GetAggregator", "2020-09-07", "JSON",
                Map.of("AggregatorId", "ca-1 *~"));
        assertEquals(new String(expected.body(), StandardCharsets.US_ASCII), sent.get().getBody());
        assertTrue(sent.get().getContentType().startsWith("application/x-www-form-urlencoded"));
        assertTrue(sent.get().getFormParams().isEmpty(), "no parameter is sent twice");
    }

    @Test
    void aV3PostCarriesTheSignersHeadersAndBody() {
        given().filter(published(RpcSigningFilter.Version.V3)).filter(capture)
                .formParam("Action", "GetAggregator").formParam("Version", "2020-09-07").formParam("Format", "XML")
                .formParam("AggregatorId", "ca-1")
                .post("http://config.cn-shanghai.aliyuncs.com/");
        SignedRequest expected = SIGNER.v3("config.cn-shanghai.aliyuncs.com", "GetAggregator", "2020-09-07", "XML",
                Map.of("AggregatorId", "ca-1"));
        assertEquals(new String(expected.body(), StandardCharsets.US_ASCII), sent.get().getBody());
        expected.headers().forEach((name, value) -> {
            if (!name.equals("host") && !name.equals("content-type")) {
                assertEquals(value, sent.get().getHeaders().getValue(name), name);
            }
        });
        SignatureV3.Authorization authorization = SignatureV3.parseAuthorization(
                sent.get().getHeaders().getValue("Authorization")).orElseThrow();
        String canonical = SignatureV3.canonicalRequest("POST", "/", Map.of(), expected.headers(),
                authorization.signedHeaders(), sent.get().getHeaders().getValue("x-acs-content-sha256"));
        assertEquals(SignatureV3.signature(canonical, "testsecret"), authorization.signature());
    }

    @Test
    void aRequestWithoutActionOrAV3GetIsAMistakeNamedBeforeAnythingIsSent() {
        IllegalArgumentException noAction = assertThrows(IllegalArgumentException.class, () -> given()
                .filter(published(RpcSigningFilter.Version.V1)).filter(capture).queryParam("Version", "2020-09-07")
                .get("http://127.0.0.1:9/"));
        assertTrue(noAction.getMessage().contains("Action"), noAction.getMessage());
        IllegalArgumentException get = assertThrows(IllegalArgumentException.class, () -> given()
                .filter(published(RpcSigningFilter.Version.V3)).filter(capture).queryParam("Action", "GetAggregator")
                .queryParam("Version", "2020-09-07").get("http://127.0.0.1:9/"));
        assertTrue(get.getMessage().contains("POST"), get.getMessage());
        assertEquals(null, sent.get());
    }
}
