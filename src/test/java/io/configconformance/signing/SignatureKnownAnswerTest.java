package io.configconformance.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published known-answer vectors of PROTOCOL.md. */
class SignatureKnownAnswerTest {

    @Test
    void v1PublishedRpcExample() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Timestamp", "2016-02-23T12:46:24Z");
        parameters.put("Format", "XML");
        parameters.put("AccessKeyId", "testid");
        parameters.put("Action", "DescribeRegions");
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
        parameters.put("Version", "2014-05-26");
        parameters.put("SignatureVersion", "1.0");
        assertEquals("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3D"
                + "HMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26"
                + "Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26",
                SignatureV1.stringToSign("GET", parameters));
        assertEquals("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", SignatureV1.sign("GET", parameters, "testsecret"));
    }

    @Test
    void v1OpenApiUtilVector() {
        assertEquals("XlUyV4sXjOuX5FnjUz9IF9tm5rU=",
                SignatureV1.sign("GET", Map.of("query", "test", "body", "test"), "secret"));
    }

    @Test
    void v3OpenApiUtilVector() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("test", "ok");
        query.put("empty", "");
        Map<String, String> headers = Map.of("x-acs-test", "http");
        List<String> signed = SignatureV3.signedHeaderNames(headers.keySet());
        String canonical = SignatureV3.canonicalRequest("GET", "/", query, headers, signed,
                "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23");
        String signature = SignatureV3.signature(canonical, "secret");
        assertEquals("02e81f9f3cc8839151b0c7278024cbc4bfc9fa786085a0b8305f825f17b5dae7", signature);
        assertEquals("ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,Signature="
                + "02e81f9f3cc8839151b0c7278024cbc4bfc9fa786085a0b8305f825f17b5dae7",
                SignatureV3.authorization("acesskey", signed, signature));
    }
}
