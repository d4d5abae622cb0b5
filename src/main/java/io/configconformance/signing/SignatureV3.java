package io.configconformance.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signature V3 (ACS3-HMAC-SHA256), the default of the current official SDKs: a canonical request over method, path,
 * query, the signed headers and the body hash, hashed and signed with HMAC-SHA256, as PROTOCOL.md "Signature V3"
 * describes it. Servers verify against the SignedHeaders the client lists.
 */
public final class SignatureV3 {

    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "^ACS3-HMAC-SHA256\\s+Credential=([^,\\s]+)\\s*,\\s*SignedHeaders=([^,\\s]*)\\s*,\\s*Signature=([0-9a-fA-F]+)\\s*$");

    private SignatureV3() {
    }

    public static String canonicalRequest(String httpMethod, String canonicalUri, Map<String, String> query,
                                          Map<String, String> headers, List<String> signedHeaders,
                                          String hashedPayload) {
        Map<String, String> lowerCaseHeaders = new TreeMap<>();
        headers.forEach((name, value) -> lowerCaseHeaders.put(name.toLowerCase(Locale.ROOT), value));
        List<String> names = signedHeaders.stream().map(n -> n.toLowerCase(Locale.ROOT)).sorted().distinct().toList();
        String canonicalHeaders = names.stream()
                .map(name -> name + ":" + lowerCaseHeaders.getOrDefault(name, "").trim() + "\n")
                .collect(Collectors.joining());
        return httpMethod + "\n" + canonicalUri + "\n" + canonicalQuery(query) + "\n" + canonicalHeaders + "\n"
                + String.join(";", names) + "\n" + hashedPayload;
    }

    public static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    public static String signature(String canonicalRequest, String accessKeySecret) {
        return HEX.formatHex(SignatureV1.hmac("HmacSHA256", accessKeySecret.getBytes(StandardCharsets.UTF_8),
                stringToSign(canonicalRequest).getBytes(StandardCharsets.UTF_8)));
    }

    /** What a client signs: host, content-type and every x-acs-* header, lower-cased and sorted. */
    public static List<String> signedHeaderNames(Collection<String> headerNames) {
        return headerNames.stream().map(n -> n.toLowerCase(Locale.ROOT))
                .filter(n -> n.equals("host") || n.equals("content-type") || n.startsWith("x-acs-"))
                .sorted().distinct().toList();
    }

    public static String authorization(String accessKeyId, List<String> signedHeaders, String signature) {
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders=" + String.join(";", signedHeaders)
                + ",Signature=" + signature;
    }

    public static String sha256Hex(byte[] body) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static Optional<Authorization> parseAuthorization(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = AUTHORIZATION.matcher(header.trim());
        if (!matcher.matches() || matcher.group(2).isEmpty()) {
            return Optional.empty();
        }
        List<String> signed = Arrays.stream(matcher.group(2).split(";")).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
        return Optional.of(new Authorization(matcher.group(1), signed, matcher.group(3)));
    }

    /** The three parts of an ACS3-HMAC-SHA256 Authorization header. */
    public record Authorization(String accessKeyId, List<String> signedHeaders, String signature) {
    }

    private static String canonicalQuery(Map<String, String> query) {
        Map<String, String> encoded = new TreeMap<>();
        query.forEach((name, value) -> encoded.put(PercentEncoding.encode(name),
                value == null ? "" : PercentEncoding.encode(value)));
        return encoded.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }
}
