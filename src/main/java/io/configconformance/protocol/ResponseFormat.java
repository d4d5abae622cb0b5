package io.configconformance.protocol;

import java.util.Locale;
import java.util.Optional;

/**
 * The two response formats of the RPC protocol, chosen by the {@code Format} common parameter
 * (PROTOCOL.md: JSON by default; clients send "JSON", "json" or "XML"). Their media types are those of page 003's
 * sample answers ({@code Content-Type:application/json}, {@code Content-Type:application/xml}), the only page that
 * shows them (A14).
 */
public enum ResponseFormat {
    JSON("application/json;charset=utf-8"),
    XML("application/xml;charset=utf-8");

    private final String contentType;

    ResponseFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The wire value as the official clients send it, case-insensitively; empty for anything else. */
    public static Optional<ResponseFormat> fromWire(String value) {
        if (value == null) {
            return Optional.of(JSON);
        }
        switch (value.toUpperCase(Locale.ROOT)) {
            case "JSON":
                return Optional.of(JSON);
            case "XML":
                return Optional.of(XML);
            default:
                return Optional.empty();
        }
    }
}
