package io.configconformance.emulator.gateway;

import com.github.tomakehurst.wiremock.http.Request;
import io.configconformance.protocol.ResponseFormat;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An RPC request as the emulator sees it: the decoded query, the decoded form body and their union (the operation
 * and common parameters), plus what signature verification needs (method, headers, raw body). Real clients put
 * parameters in the query, in a form body, or both (PROTOCOL.md, "What real clients send").
 */
public final class ApiRequest {

    private static final String V3_PREFIX = "ACS3-HMAC-SHA256";

    private final String method;
    private final String url;
    private final UnaryOperator<String> headers;
    private final byte[] body;
    private final Map<String, String> query;
    private final Map<String, String> form;
    private final Map<String, String> parameters;

    private ApiRequest(String method, String url, UnaryOperator<String> headers, byte[] body,
                       Map<String, String> query, Map<String, String> form, Map<String, String> parameters) {
        this.method = method;
        this.url = url;
        this.headers = headers;
        this.body = body == null ? new byte[0] : body;
        this.query = query;
        this.form = form;
        this.parameters = parameters;
    }

    /** Parses the request; a malformed encoding or a parameter given twice is an InvalidParameter error. */
    public static ApiRequest parse(Request request) {
        return parse(request.getMethod().getName(), request.getUrl(), request::getHeader, request.getBody());
    }

    /**
     * As {@link #parse(Request)}, from the request's parts: its method, its URL as sent (path and raw query), a
     * header by case-insensitive name (null when absent) and its body (inflated), so that the server can hand a
     * request over without WireMock building its own copy of it first.
     */
    public static ApiRequest parse(String method, String url, UnaryOperator<String> headers, byte[] body) {
        Map<String, String> query = decode(rawQuery(url), "query string");
        Map<String, String> form = isForm(headers.apply("Content-Type")) ? decode(bodyText(body), "form body")
                : Map.of();
        Map<String, String> all = new LinkedHashMap<>(query);
        for (Map.Entry<String, String> entry : form.entrySet()) {
            if (all.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
                throw Errors.invalidParameter(entry.getKey(), "it is given both in the query and in the body");
            }
        }
        return new ApiRequest(method, url, headers, body, query, form, Collections.unmodifiableMap(all));
    }

    /** The Format a response should have, read leniently so that even a request that fails parsing gets its format. */
    public static ResponseFormat lenientFormat(Request request) {
        return lenientFormat(request.getUrl());
    }

    /** As {@link #lenientFormat(Request)}, from the raw request URL. */
    public static ResponseFormat lenientFormat(String url) {
        int at = indexOfIgnoreCase(url, "format=");
        if (at >= 0 && (at == 0 || "?&".indexOf(url.charAt(at - 1)) >= 0)) {
            String value = url.substring(at + "format=".length()).split("&", 2)[0];
            return ResponseFormat.fromWire(value).orElse(ResponseFormat.JSON);
        }
        return ResponseFormat.JSON;
    }

    /** The first index of an ASCII word in text, ignoring case, or -1 (without lower-casing all of text). */
    private static int indexOfIgnoreCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    public boolean isSignatureV3() {
        String authorization = header("Authorization");
        return authorization != null && authorization.startsWith(V3_PREFIX);
    }

    public Map<String, String> query() {
        return query;
    }

    public Map<String, String> form() {
        return form;
    }

    /** Query and form parameters together. */
    public Map<String, String> parameters() {
        return parameters;
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    public String method() {
        return method;
    }

    public String path() {
        int question = url.indexOf('?');
        return question < 0 ? url : url.substring(0, question);
    }

    /** A header by case-insensitive name, or null. */
    public String header(String name) {
        return headers.apply(name);
    }

    public byte[] body() {
        return body;
    }

    /** The host the client addressed, without port: the HostId of the error envelope. */
    public static String hostId(Request request) {
        return hostId(request.getHeader("Host"));
    }

    /** As {@link #hostId(Request)}, from the Host header's value (null when there is none). */
    public static String hostId(String host) {
        if (host == null || host.isBlank()) {
            return "config.emulator.local";
        }
        return host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.split(":", 2)[0];
    }

    private static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static String bodyText(byte[] body) {
        return body == null ? "" : strictUtf8(body, "form body");
    }

    private static String rawQuery(String url) {
        int question = url.indexOf('?');
        return question < 0 ? "" : url.substring(question + 1);
    }

    private static Map<String, String> decode(String encoded, String where) {
        Map<String, String> result = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return result;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decodeComponent(equals < 0 ? pair : pair.substring(0, equals), where);
            String value = equals < 0 ? "" : decodeComponent(pair.substring(equals + 1), where);
            ParameterText.check(name, value);
            if (result.putIfAbsent(name, value) != null) {
                throw Errors.invalidParameter(name, "it is given more than once in the " + where);
            }
        }
        return result;
    }

    private static String decodeComponent(String component, String where) {
        if (component.indexOf('%') < 0 && component.indexOf('+') < 0) {
            return component; // nothing encoded: most names and many values
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(component.length());
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c != '%') {
                int end = Character.isHighSurrogate(c) && i + 1 < component.length() ? i + 2 : i + 1;
                bytes.writeBytes(component.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            } else if (i + 2 < component.length() && Character.digit(component.charAt(i + 1), 16) >= 0
                    && Character.digit(component.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(component, i + 1, i + 3, 16));
                i += 2;
            } else {
                throw Errors.invalidParameter(abbreviate(component), "malformed percent-encoding in the " + where);
            }
        }
        return strictUtf8(bytes.toByteArray(), where);
    }

    /** The text of UTF-8 bytes; a byte sequence that is not UTF-8 (%C3%28) is refused, not replaced. */
    private static String strictUtf8(byte[] bytes, String where) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Errors.invalidParameter(where, "it is not UTF-8 text");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
