package io.configconformance.emulator.server;

import io.configconformance.emulator.gateway.Errors;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * The checks {@link RequestGuard} makes on a request's line and headers before reading its body: each answers a
 * client's mistake with the API's envelope ({@link io.configconformance.emulator.gateway.ApiError}) instead of
 * WireMock's 500. They read strings only, so they allocate nothing on a well-formed request.
 */
final class RequestHead {

    private RequestHead() {
    }

    static void checkQuery(String query) {
        if (query != null && !wellFormed(query)) {
            throw Errors.invalidParameter("query string", "it has a malformed percent-escape");
        }
    }

    static boolean wellFormed(String query) {
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) == '%') {
                if (i + 2 >= query.length() || !isHex(query.charAt(i + 1)) || !isHex(query.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    static void checkCharset(String contentType) {
        if (contentType == null) {
            return;
        }
        for (String part : contentType.split(";")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                String name = pair[1].trim().replace("\"", "");
                boolean known;
                try {
                    known = Charset.isSupported(name);
                } catch (IllegalArgumentException e) {
                    known = false;
                }
                if (!known) {
                    throw Errors.invalidParameter("Content-Type", "the charset is not one the emulator knows");
                }
            }
        }
    }

    static boolean gzipped(String contentEncoding) {
        if (contentEncoding == null || contentEncoding.isBlank()
                || contentEncoding.trim().equalsIgnoreCase("identity")) {
            return false;
        }
        if (contentEncoding.trim().toLowerCase(Locale.ROOT).equals("gzip")) {
            return true;
        }
        throw Errors.invalidParameter("Content-Encoding", "expected gzip or identity");
    }
}
