package io.configconformance.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud signature V1 (HMAC-SHA1, the "RPC" style), as defined in PROTOCOL.md and Alibaba
 * Cloud's published RPC signature docs. The same code serves clients that sign and servers that
 * verify: a verifier recomputes {@link #sign} over the received parameters and compares.
 */
public final class SignatureV1 {

    public static final String SIGNATURE_METHOD = "HMAC-SHA1";
    public static final String SIGNATURE_VERSION = "1.0";

    private static final String HMAC = "HmacSHA1";

    private SignatureV1() {}

    /**
     * HTTPMethod&%2F&percentEncode(canonical); canonical = sorted (byte order of names) name=value
     * pairs, both percent-encoded, joined by &; a parameter named "Signature" is ignored.
     */
    public static String stringToSign(String httpMethod, Map<String, String> parameters) {
        // "Signature" is excluded so a verifier can pass the received parameters unchanged.
        String canonical = parameters.entrySet().stream()
                .filter(e -> !"Signature".equals(e.getKey()))
                .sorted(Map.Entry.comparingByKey(SignatureV1::compareUtf8))
                .map(e -> PercentEncoding.encode(e.getKey()) + "="
                        + PercentEncoding.encode(e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("&"));
        return httpMethod + "&" + PercentEncoding.encode("/") + "&" + PercentEncoding.encode(canonical);
    }

    /** Base64(HMAC-SHA1(key = secret + "&", stringToSign)). */
    public static String sign(String httpMethod, Map<String, String> parameters, String accessKeySecret) {
        // The trailing "&" is where a token secret would go in the OAuth-like scheme V1 derives from.
        byte[] key = (accessKeySecret + "&").getBytes(StandardCharsets.UTF_8);
        byte[] data = stringToSign(httpMethod, parameters).getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(hmacSha1(key, data));
    }

    // The protocol says "byte order"; String.compareTo orders UTF-16 units, which differs for
    // characters outside the BMP, so compare the UTF-8 bytes themselves.
    private static int compareUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmacSha1(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is mandatory in every JRE", e);
        }
    }
}
