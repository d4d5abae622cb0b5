package io.configconformance.protocol;

import java.util.Locale;
import java.util.Optional;

/**
 * The two response formats of the RPC protocol, chosen by the {@code Format} common parameter
 * (PROTOCOL.md: JSON by default; clients send "JSON", "json" or "XML").
 */
public enum ResponseFormat {
    JSON("application/json;charset=utf-8"),
    XML("text/xml;charset=utf-8");

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
