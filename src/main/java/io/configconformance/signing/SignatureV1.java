package io.configconformance.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signature V1 of Alibaba Cloud's RPC APIs (HMAC-SHA1 over the sorted, percent-encoded query and form parameters),
 * as PROTOCOL.md "Signature V1" and the published RPC signature example describe it.
 */
public final class SignatureV1 {

    public static final String SIGNATURE_METHOD = "HMAC-SHA1";
    public static final String SIGNATURE_VERSION = "1.0";

    private SignatureV1() {
    }

    /** HTTPMethod&%2F&percentEncode(canonical); the Signature parameter itself is never signed. */
    public static String stringToSign(String httpMethod, Map<String, String> parameters) {
        // TreeMap orders String keys by UTF-16 code unit, which equals byte order for the ASCII names of the protocol.
        Map<String, String> sorted = new TreeMap<>(parameters);
        sorted.remove("Signature");
        String canonical = sorted.entrySet().stream()
                .map(e -> PercentEncoding.encode(e.getKey()) + "=" + PercentEncoding.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return httpMethod + "&" + PercentEncoding.encode("/") + "&" + PercentEncoding.encode(canonical);
    }

    /** Base64(HMAC-SHA1(key = secret + "&", stringToSign)). */
    public static String sign(String httpMethod, Map<String, String> parameters, String accessKeySecret) {
        byte[] key = (accessKeySecret + "&").getBytes(StandardCharsets.UTF_8);
        byte[] data = stringToSign(httpMethod, parameters).getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(hmac("HmacSHA1", key, data));
    }

    static byte[] hmac(String algorithm, byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
