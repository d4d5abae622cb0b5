package io.configconformance.emulator.gateway;

import java.util.Map;

/**
 * What a parameter's value may hold before the emulator stores or echoes it: only characters XML 1.0 can carry (an
 * XML answer must stay well-formed whatever a client sent), and at most a length per parameter. The pages document
 * no lengths but ClientToken's 64 (checked by the operations); the others are generous choices (docs/ERRATA.md, A34).
 */
public final class ParameterText {

    /** The longest value of any parameter not listed in {@link #LIMITS}. */
    public static final int DEFAULT_LIMIT = 4096;

    /** Longest values by parameter name. */
    public static final Map<String, Integer> LIMITS = Map.of(
            "AggregatorName", 256,
            "Description", 1024,
            "AggregatorAccounts", 131_072,
            "ResourceTypes", 65_536,
            "AggregatorIds", 65_536);

    private ParameterText() {
    }

    static void check(String name, String value) {
        if (name.length() > DEFAULT_LIMIT) {
            throw Errors.invalidParameter(name.substring(0, 40) + "...", "the name is longer than "
                    + DEFAULT_LIMIT + " characters");
        }
        int limit = LIMITS.getOrDefault(name, DEFAULT_LIMIT);
        if (value.length() > limit) {
            throw Errors.invalidParameter(name, "longer than " + limit + " characters");
        }
        if (!xmlSafe(name) || !xmlSafe(value)) {
            throw Errors.invalidParameter(xmlSafe(name) ? name : "name",
                    "it holds a character that XML cannot carry (a control character, U+FFFE, U+FFFF or a lone surrogate)");
        }
    }

    /** True when every character is one XML 1.0 allows: tab, newline, carriage return, U+0020-U+D7FF, U+E000-U+FFFD, and pairs of surrogates. */
    public static boolean xmlSafe(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowedBmp(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean allowedBmp(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
