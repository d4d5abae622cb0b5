package io.configconformance.signing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * Alibaba Cloud signature V1 (HMAC-SHA1, the "RPC" style), as defined in PROTOCOL.md and Alibaba
 * Cloud's published RPC signature docs. The same code serves clients that sign and servers that
 * verify: a verifier recomputes {@link #sign} over the received parameters and compares.
 */
public final class SignatureV1 {

    public static final String SIGNATURE_METHOD = "HMAC-SHA1";
    public static final String SIGNATURE_VERSION = "1.0";

    private SignatureV1() {}

    /**
     * HTTPMethod&%2F&percentEncode(canonical); canonical = sorted (byte order of names) name=value
     * pairs, both percent-encoded, joined by &; a parameter named "Signature" is ignored.
     */
    public static String stringToSign(String httpMethod, Map<String, String> parameters) {
        // "Signature" is excluded so a verifier can pass the received parameters unchanged.
        String[] names = parameters.keySet().stream().filter(name -> !"Signature".equals(name))
                .toArray(String[]::new);
        Arrays.sort(names, SignatureV1::compareUtf8);
        // percentEncode(canonical), written in one pass: once-encoded text holds only unreserved characters and
        // "%", so encoding it again only turns "%" into "%25"; the separators "=" and "&" become "%3D" and "%26".
        StringBuilder out = new StringBuilder(httpMethod.length() + 512).append(httpMethod).append("&%2F&");
        for (int i = 0; i < names.length; i++) {
            String value = parameters.get(names[i]);
            if (i > 0) {
                out.append("%26");
            }
            appendEncodedTwice(out, names[i]);
            out.append("%3D");
            appendEncodedTwice(out, value == null ? "" : value);
        }
        return out.toString();
    }

    /** Base64(HMAC-SHA1(key = secret + "&", stringToSign)). */
    public static String sign(String httpMethod, Map<String, String> parameters, String accessKeySecret) {
        // The trailing "&" is where a token secret would go in the OAuth-like scheme V1 derives from.
        byte[] key = (accessKeySecret + "&").getBytes(StandardCharsets.UTF_8);
        byte[] data = stringToSign(httpMethod, parameters).getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(Digests.hmacSha1(key, data));
    }

    private static void appendEncodedTwice(StringBuilder out, String text) {
        String once = PercentEncoding.encode(text);
        for (int i = 0; i < once.length(); i++) {
            char c = once.charAt(i);
            if (c == '%') {
                out.append("%25");
            } else {
                out.append(c);
            }
        }
    }

    // The protocol says "byte order"; String.compareTo orders UTF-16 units, which differs for
    // characters outside the BMP, so compare the UTF-8 bytes themselves.
    private static int compareUtf8(String a, String b) {
        // Below U+D800 the two orders agree (UTF-8 keeps code point order), so only such text needs the bytes.
        if (belowSurrogates(a) && belowSurrogates(b)) {
            return a.compareTo(b);
        }
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean belowSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\uD800') {
                return false;
            }
        }
        return true;
    }
}
