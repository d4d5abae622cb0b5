package io.configconformance.signing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Alibaba Cloud signature V3 (ACS3-HMAC-SHA256), the default of the current official SDKs, as
 * defined in PROTOCOL.md and Alibaba Cloud's published V3 signature docs. Usable by a signing
 * client and by a verifying server, which should rebuild the canonical request from the
 * SignedHeaders the client lists (see {@link #parseAuthorization}), not from a fixed set.
 */
public final class SignatureV3 {

    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private static final HexFormat HEX = HexFormat.of();

    private SignatureV3() {}

    /** A parsed Authorization header; signedHeaders are kept in the order the client sent them. */
    public record Authorization(String accessKeyId, List<String> signedHeaders, String signature) {}

    /**
     * METHOD\n canonicalUri\n canonicalQuery\n canonicalHeaders\n signedHeaders\n hashedPayload.
     * canonicalQuery: sorted by encoded name, percent-encoded name=value joined by &, an empty value
     * as "k=". canonicalHeaders: for each name in signedHeaders (lower-case, sorted):
     * name:trimmedValue\n ; header names in `headers` are matched case-insensitively. signedHeaders
     * line: the sorted lower-case names joined by ";".
     */
    public static String canonicalRequest(String httpMethod, String canonicalUri, Map<String, String> query,
            Map<String, String> headers, List<String> signedHeaders, String hashedPayload) {
        // Percent-encoding is injective, so keying by the encoded name loses nothing.
        TreeMap<String, String> encoded = new TreeMap<>();
        query.forEach((k, v) -> encoded.put(PercentEncoding.encode(k), PercentEncoding.encode(v == null ? "" : v)));
        String canonicalQuery = encoded.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        List<String> names = normalise(signedHeaders);
        String canonicalHeaders = names.stream().map(n -> n + ":" + headerValue(headers, n).trim() + "\n")
                .collect(Collectors.joining());
        // canonicalHeaders ends in "\n" itself: the blank line that follows is part of what SDKs sign.
        return String.join("\n", httpMethod, canonicalUri, canonicalQuery, canonicalHeaders,
                String.join(";", names), hashedPayload);
    }

    /** "ACS3-HMAC-SHA256\n" + hex(SHA-256(canonicalRequest)). */
    public static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /** lower-case hex HMAC-SHA256(key = secret bytes, stringToSign(canonicalRequest)). */
    public static String signature(String canonicalRequest, String accessKeySecret) {
        // Unlike V1, the key is the bare secret: no "&" suffix.
        return HEX.formatHex(Digests.hmacSha256(accessKeySecret.getBytes(StandardCharsets.UTF_8),
                stringToSign(canonicalRequest).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The names a client signs: host, content-type and every x-acs-* header present in `headers`,
     * lower-cased, sorted, de-duplicated.
     */
    public static List<String> signedHeaderNames(Collection<String> headerNames) {
        return normalise(headerNames.stream().map(n -> n.toLowerCase(Locale.ROOT))
                .filter(n -> n.equals("host") || n.equals("content-type") || n.startsWith("x-acs-")).toList());
    }

    /** "ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>". */
    public static String authorization(String accessKeyId, List<String> signedHeaders, String signature) {
        // Normalised the same way as in canonicalRequest, so the header always names what was signed.
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders=" + String.join(";", normalise(signedHeaders))
                + ",Signature=" + signature;
    }

    /** Lower-case hex SHA-256. */
    public static String sha256Hex(byte[] body) {
        return HEX.formatHex(Digests.sha256(body));
    }

    /**
     * Parses an Authorization header as servers receive it (tolerate spaces after commas); empty
     * when it is not an ACS3-HMAC-SHA256 header with all three parts.
     */
    public static Optional<Authorization> parseAuthorization(String header) {
        String value = header == null ? "" : header.strip();
        if (!value.startsWith(ALGORITHM + " ")) {
            return Optional.empty();
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : value.substring(ALGORITHM.length()).split(",")) {
            // Unknown or malformed parts are skipped, not fatal: only the three named ones matter.
            String[] kv = part.split("=", 2);
            if (kv.length == 2) {
                parts.put(kv[0].strip(), kv[1].strip());
            }
        }
        String credential = parts.getOrDefault("Credential", "");
        String signature = parts.getOrDefault("Signature", "");
        List<String> names = Arrays.stream(parts.getOrDefault("SignedHeaders", "").split(";"))
                .map(String::strip).filter(n -> !n.isEmpty()).toList();
        if (credential.isEmpty() || signature.isEmpty() || names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Authorization(credential, names, signature));
    }

    private static List<String> normalise(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().sorted().toList();
    }

    // An exact lower-case key wins over other spellings, so a map holding both "x-acs-test" and
    // "x-acs-TEST" (as the official openapi-util test does) resolves deterministically. A signed
    // header that is absent contributes an empty value, which makes verification fail naturally.
    private static String headerValue(Map<String, String> headers, String lowerName) {
        String exact = headers.get(lowerName);
        return exact != null ? exact : headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(lowerName) && e.getValue() != null)
                .map(Map.Entry::getValue).findFirst().orElse("");
    }
}
