package io.configconformance.client;

import io.configconformance.signing.PercentEncoding;
import io.configconformance.signing.SignatureV1;
import io.configconformance.signing.SignatureV3;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The one place where a request gets its common parameters (V1) or headers (V3) and its signature, as PROTOCOL.md
 * describes; the algorithms themselves are {@link SignatureV1} and {@link SignatureV3}. Like a REST Assured filter it
 * is applied at one point: {@link ConfigClient} passes it each call's operation parameters and sends what comes back,
 * and the benchmark's load and the tests' hand-made requests come from it too. Immutable, so that a malformed request
 * (wrong secret, stale clock, reused nonce, a common parameter left out) is a signer with one field changed.
 *
 * @param omitted common parameters (V1) or headers (V3) left out of the request and so out of its signature
 */
public record Signer(CredentialSource source, Clock clock, Supplier<String> nonceSource, Set<String> omitted) {

    private static final String FORM = "application/x-www-form-urlencoded";

    /**
     * A random UUID per request: the nonce source of {@link #of}. A request signed from it was never sent before, so
     * an answer SignatureNonceUsed to it means it reached the service twice ({@link SecondCopy}).
     */
    public static final Supplier<String> FRESH_NONCES = () -> UUID.randomUUID().toString();

    public Signer {
        omitted = Set.copyOf(omitted);
    }

    /** Signs with credentials from this source, asked at each request, the system clock (UTC) and a random UUID. */
    public static Signer of(CredentialSource source) {
        return new Signer(source, Clock.systemUTC(), FRESH_NONCES, Set.of());
    }

    /** Whether every request gets a nonce never sent before (not a nonce given on purpose, as a replay sends). */
    public boolean freshNonces() {
        return nonceSource == FRESH_NONCES;
    }

    /** The credentials the next request is signed with. */
    public Credentials credentials() {
        return source.current();
    }

    public Signer withCredentials(Credentials value) {
        return new Signer(value, clock, nonceSource, omitted);
    }

    public Signer withClock(Clock value) {
        return new Signer(source, value, nonceSource, omitted);
    }

    public Signer withNonceSource(Supplier<String> value) {
        return new Signer(source, clock, value, omitted);
    }

    public Signer omitting(String name) {
        Set<String> more = new HashSet<>(omitted);
        more.add(name);
        return new Signer(source, clock, nonceSource, more);
    }

    /**
     * A V1 request: every parameter, common ones included, in the query of a GET or in the form body of a POST.
     * {@code format} is the Format value as sent; it replaces a Format among the operation parameters.
     */
    public SignedRequest v1(ParameterPlacement placement, String action, String version, String format,
                            Map<String, String> operationParameters) {
        Credentials credentials = source.current();
        Map<String, String> parameters = new TreeMap<>(operationParameters);
        parameters.put("Action", action);
        parameters.put("Version", version);
        parameters.put("Format", format);
        parameters.put("AccessKeyId", credentials.accessKeyId());
        parameters.put("SignatureMethod", SignatureV1.SIGNATURE_METHOD);
        parameters.put("SignatureVersion", SignatureV1.SIGNATURE_VERSION);
        parameters.put("SignatureNonce", nonceSource.get());
        parameters.put("Timestamp", timestamp());
        putIfPresent(parameters, "SecurityToken", credentials.securityToken());
        parameters.keySet().removeAll(omitted);
        String method = placement == ParameterPlacement.FORM ? "POST" : "GET";
        String signature = null;
        if (!omitted.contains("Signature")) {
            signature = SignatureV1.sign(method, parameters, credentials.accessKeySecret());
            parameters.put("Signature", signature);
        }
        String encoded = PercentEncoding.encodeParameters(parameters);
        return placement == ParameterPlacement.FORM
                ? new SignedRequest(method, "/", Map.of("Content-Type", FORM), encoded.getBytes(StandardCharsets.UTF_8),
                signature, credentials)
                : new SignedRequest(method, "/?" + encoded, Map.of(), null, signature, credentials);
    }

    /**
     * A V3 request: POST / to {@code host} (the Host header value), action, version, date and nonce in x-acs-*
     * headers, the operation parameters in a form body. Format is sent (in the body) only when it is not the default
     * JSON, as the official runtimes do.
     */
    public SignedRequest v3(String host, String action, String version, String format,
                            Map<String, String> operationParameters) {
        Credentials credentials = source.current();
        Map<String, String> form = new TreeMap<>(operationParameters);
        if (!"JSON".equals(format)) {
            form.put("Format", format);
        }
        byte[] body = form.isEmpty() ? new byte[0]
                : PercentEncoding.encodeParameters(form).getBytes(StandardCharsets.UTF_8);
        String payloadHash = SignatureV3.sha256Hex(body);
        Map<String, String> headers = new TreeMap<>();
        headers.put("host", host);
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", version);
        headers.put("x-acs-date", timestamp());
        headers.put("x-acs-signature-nonce", nonceSource.get());
        headers.put("x-acs-content-sha256", payloadHash);
        if (body.length > 0) {
            headers.put("content-type", FORM);
        }
        putIfPresent(headers, "x-acs-security-token", credentials.securityToken());
        headers.keySet().removeAll(omitted);
        List<String> signed = SignatureV3.signedHeaderNames(headers.keySet());
        String signature = null;
        if (!omitted.contains("Authorization")) {
            String canonical = SignatureV3.canonicalRequest("POST", "/", Map.of(), headers, signed, payloadHash);
            signature = SignatureV3.signature(canonical, credentials.accessKeySecret());
            headers.put("Authorization", SignatureV3.authorization(credentials.accessKeyId(), signed, signature));
        }
        return new SignedRequest("POST", "/", headers, body.length > 0 ? body : null, signature, credentials);
    }

    /** UTC to the second, yyyy-MM-ddTHH:mm:ssZ: the form both Timestamp (V1) and x-acs-date (V3) take. */
    private String timestamp() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void putIfPresent(Map<String, String> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
