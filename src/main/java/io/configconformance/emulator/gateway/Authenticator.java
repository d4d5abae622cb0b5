package io.configconformance.emulator.gateway;

import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.AccountRegistry;
import io.configconformance.emulator.state.NonceCache;
import io.configconformance.signing.SignatureV1;
import io.configconformance.signing.SignatureV3;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Verifies a request's signature, V1 (HMAC-SHA1 over query and form parameters) or V3 (ACS3-HMAC-SHA256 headers),
 * as PROTOCOL.md describes them, and answers failures with the gateway's error codes. The nonce is recorded only
 * after the signature checks out, so a forged request cannot burn a legitimate client's nonce.
 */
public final class Authenticator {

    /** Headers a V3 request must sign, so that none of them can be changed in transit. */
    private static final List<String> V3_REQUIRED_SIGNED = List.of(
            "host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256");

    private final AccountRegistry accounts;
    private final NonceCache nonces;
    private final Duration timestampTolerance;

    public Authenticator(AccountRegistry accounts, NonceCache nonces, Duration timestampTolerance) {
        this.accounts = accounts;
        this.nonces = nonces;
        this.timestampTolerance = timestampTolerance;
    }

    public Account authenticate(ApiRequest request, Instant now) {
        return authenticate(request, now, account -> { });
    }

    /**
     * The caller, once its signature matches; {@code gate} sees the caller before its nonce is used up, so that a
     * request the gate refuses (a caller over its rate limit) can be sent again with the same nonce.
     */
    public Account authenticate(ApiRequest request, Instant now, Consumer<Account> gate) {
        Verified verified = request.isSignatureV3() ? verifyV3(request, now) : verifyV1(request, now);
        gate.accept(verified.account());
        return useNonce(verified.account(), verified.nonce(), now);
    }

    /** A caller whose signature matched, and the nonce its request carries. */
    private record Verified(Account account, String nonce) {
    }

    private Verified verifyV1(ApiRequest request, Instant now) {
        String accessKeyId = required(request, "AccessKeyId");
        String signature = required(request, "Signature");
        String timestamp = required(request, "Timestamp");
        String nonce = required(request, "SignatureNonce");
        if (!SignatureV1.SIGNATURE_METHOD.equals(required(request, "SignatureMethod"))) {
            throw Errors.invalidParameter("SignatureMethod", "only HMAC-SHA1 is supported");
        }
        if (!SignatureV1.SIGNATURE_VERSION.equals(required(request, "SignatureVersion"))) {
            throw Errors.invalidParameter("SignatureVersion", "only 1.0 is supported");
        }
        checkFresh(timestamp, now);
        Account account = accounts.findByAccessKeyId(accessKeyId).orElseThrow(Errors::accessKeyNotFound);
        if (!v1Matches(request.method(), request.parameters(), account.accessKeySecret(), signature)) {
            throw Errors.signatureDoesNotMatch(SignatureV1.stringToSign(request.method(), request.parameters()));
        }
        return new Verified(account, nonce);
    }

    /**
     * The official openapi-util leaves empty-valued parameters out of the V1 string to sign while other clients sign
     * them as "k=": a request is accepted when either reading matches (docs/ERRATA.md A15).
     */
    private static boolean v1Matches(String method, Map<String, String> parameters, String secret, String signature) {
        if (constantTimeEquals(SignatureV1.sign(method, parameters, secret), signature)) {
            return true;
        }
        Map<String, String> nonEmpty = new LinkedHashMap<>(parameters);
        nonEmpty.values().removeIf(String::isEmpty);
        return nonEmpty.size() < parameters.size()
                && constantTimeEquals(SignatureV1.sign(method, nonEmpty, secret), signature);
    }

    private Verified verifyV3(ApiRequest request, Instant now) {
        SignatureV3.Authorization authorization = SignatureV3.parseAuthorization(request.header("Authorization"))
                .orElseThrow(() -> incomplete("the Authorization header needs Credential, SignedHeaders and Signature"));
        String date = requiredHeader(request, "x-acs-date");
        String nonce = requiredHeader(request, "x-acs-signature-nonce");
        String contentHash = requiredHeader(request, "x-acs-content-sha256");
        for (String name : V3_REQUIRED_SIGNED) {
            if (!authorization.signedHeaders().contains(name)) {
                throw incomplete("SignedHeaders must include " + name);
            }
        }
        Map<String, String> signedValues = new LinkedHashMap<>();
        for (String name : authorization.signedHeaders()) {
            String value = request.header(name);
            if (value == null) {
                throw incomplete("the signed header " + name + " is not in the request");
            }
            signedValues.put(name.toLowerCase(Locale.ROOT), value);
        }
        checkFresh(date, now);
        Account account = accounts.findByAccessKeyId(authorization.accessKeyId())
                .orElseThrow(Errors::accessKeyNotFound);
        if (!contentHash.equalsIgnoreCase(SignatureV3.sha256Hex(request.body()))) {
            throw Errors.contentHashDoesNotMatch();
        }
        String canonical = SignatureV3.canonicalRequest(request.method(), request.path(), request.query(),
                signedValues, authorization.signedHeaders(), contentHash);
        String expected = SignatureV3.signature(canonical, account.accessKeySecret());
        if (!constantTimeEquals(expected, authorization.signature().toLowerCase(Locale.ROOT))) {
            throw Errors.signatureDoesNotMatch(SignatureV3.stringToSign(canonical).replace('\n', ' '));
        }
        return new Verified(account, nonce);
    }

    private Account useNonce(Account account, String nonce, Instant now) {
        if (!nonces.firstUse(account.accessKeyId(), nonce, now)) {
            throw Errors.nonceUsed();
        }
        return account;
    }

    private void checkFresh(String timestamp, Instant now) {
        Instant at;
        try {
            at = parseTimestamp(timestamp);
        } catch (DateTimeParseException e) {
            throw Errors.timestampFormat(timestamp);
        }
        if (Duration.between(at, now).abs().compareTo(timestampTolerance) > 0) {
            throw Errors.timestampExpired(timestamp);
        }
    }

    private static String required(ApiRequest request, String name) {
        String value = request.parameters().get(name);
        if (value == null || value.isEmpty()) {
            throw Errors.missingParameter(name);
        }
        return value;
    }

    private static String requiredHeader(ApiRequest request, String name) {
        String value = request.header(name);
        if (value == null || value.isEmpty()) {
            throw Errors.missingParameter(name);
        }
        return value;
    }

    private static ApiError incomplete(String why) {
        return new ApiError(400, "IncompleteSignature",
                "The request signature does not conform to Aliyun standards: " + why + ".");
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Instant.parse, with a fast path for the form every client sends (yyyy-MM-ddTHH:mm:ssZ): the general parser
     * cost the emulator a tenth of its throughput. Anything else, and any out-of-range field, takes the general one.
     */
    static Instant parseTimestamp(String text) {
        if (text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && hour <= 23 && minute >= 0 && second >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
                } catch (DateTimeException outOfRange) {
                    // Month 13, 30 February, ...: the general parser decides and says why.
                }
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number in text[from, to), or -1 when a character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
