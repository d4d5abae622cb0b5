package io.configconformance.recording;

import io.configconformance.signing.SignatureV3;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * An API request read the way the service reads it (PROTOCOL.md): action, version, format and signature version, the
 * operation parameters (query and form body, less the common parameters), and apart from them what changes with every
 * request or must never be kept: caller, nonce, date, signature, security token. The recorder reads the requests the
 * client sends with it, and the replay the requests it is sent, so both see a request alike.
 */
record WireCall(String action, String version, String format, String signature, Map<String, String> parameters,
                String accessKeyId, String nonce, String date, String signatureValue, String securityToken) {

    private static final Set<String> COMMON = Set.of("Action", "Version", "Format", "AccessKeyId", "Signature",
            "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp", "SecurityToken");

    /**
     * @param pathAndQuery the request line's target, e.g. {@code /?Action=...}
     * @param header a header by case-insensitive name, or null
     */
    static WireCall parse(String pathAndQuery, UnaryOperator<String> header, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>();
        int question = pathAndQuery.indexOf('?');
        decode(question < 0 ? "" : pathAndQuery.substring(question + 1), all);
        String contentType = header.apply("Content-Type");
        if (body != null && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            decode(new String(body, StandardCharsets.UTF_8), all);
        }
        Map<String, String> operation = new TreeMap<>(all);
        operation.keySet().removeAll(COMMON);
        String authorization = header.apply("Authorization");
        if (authorization != null && authorization.startsWith("ACS3-HMAC-SHA256")) {
            SignatureV3.Authorization parsed = SignatureV3.parseAuthorization(authorization).orElse(null);
            return new WireCall(header.apply("x-acs-action"), header.apply("x-acs-version"), all.get("Format"), "V3",
                    operation, parsed == null ? null : parsed.accessKeyId(), header.apply("x-acs-signature-nonce"),
                    header.apply("x-acs-date"), parsed == null ? null : parsed.signature(),
                    header.apply("x-acs-security-token"));
        }
        return new WireCall(all.get("Action"), all.get("Version"), all.get("Format"),
                all.containsKey("SignatureVersion") || all.containsKey("Signature") ? "V1" : null, operation,
                all.get("AccessKeyId"), all.get("SignatureNonce"), all.get("Timestamp"), all.get("Signature"),
                all.get("SecurityToken"));
    }

    private static void decode(String encoded, Map<String, String> into) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            into.putIfAbsent(component(equals < 0 ? pair : pair.substring(0, equals)),
                    equals < 0 ? "" : component(pair.substring(equals + 1)));
        }
    }

    private static String component(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
