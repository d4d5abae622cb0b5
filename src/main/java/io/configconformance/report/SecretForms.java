package io.configconformance.report;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The forms a service could echo a secret in: as sent, percent-encoded once and twice (upper- and lower-case hex), as
 * HTML references (named, decimal, hexadecimal), as JSON escapes, base64 and hex. Patterns cannot know every form;
 * the run knows the exact values.
 */
final class SecretForms {

    /**
     * Shorter forms are no secrets of the API (its secrets and signatures are 28 characters or more, control tokens
     * 16), and each form is indexed by its first this many characters ({@link SecretIndex}).
     */
    static final int SHORTEST = 16;

    private SecretForms() {
    }

    /** The forms of a value, each at least {@link #SHORTEST} long. */
    static Set<String> of(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        String once = percent(value);
        Set<String> forms = new LinkedHashSet<>(List.of(value, once, percent(once), lowerHex(once),
                Html.escape(value).replace("'", "&#39;"), Html.escape(value).replace("'", "&#x27;"),
                reference(value, "&#", 10, 0, false, ";"), reference(value, "&#x", 16, 0, false, ";"),
                reference(value, "&#X", 16, 0, true, ";"), reference(value, "\\u", 16, 4, false, ""),
                reference(value, "\\u", 16, 4, true, ""), value.replace("/", "\\/"),
                Base64.getEncoder().encodeToString(utf8), Base64.getUrlEncoder().withoutPadding().encodeToString(utf8),
                Base64.getEncoder().withoutPadding().encodeToString(utf8), HexFormat.of().formatHex(utf8),
                HexFormat.of().withUpperCase().formatHex(utf8)));
        forms.removeIf(form -> form.length() < SHORTEST);
        return forms;
    }

    /** Every character percent-encoded as RFC 3986 requires (what a signed query carries), upper-case hex. */
    private static String percent(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Percent-encoding with lower-case hex digits, as some servers echo it. */
    private static String lowerHex(String encoded) {
        StringBuilder out = new StringBuilder(encoded);
        for (int i = encoded.indexOf('%'); i >= 0; i = encoded.indexOf('%', i + 1)) {
            out.replace(i + 1, i + 3, encoded.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /**
     * Each character as a reference: before, then the code in the radix (at least {@code digits} long), after. Written
     * digit by digit: every signature a run sends passes here five times.
     */
    private static String reference(String value, String before, int radix, int digits, boolean upper, String after) {
        StringBuilder out = new StringBuilder(value.length() * (before.length() + digits + after.length() + 2));
        char[] code = new char[8];
        char letters = upper ? 'A' : 'a';
        for (int i = 0; i < value.length(); i++) {
            int n = 0;
            for (int rest = value.charAt(i); n == 0 || rest > 0; rest /= radix) {
                int digit = rest % radix;
                code[n++] = (char) (digit < 10 ? '0' + digit : letters + digit - 10);
            }
            out.append(before);
            for (int pad = n; pad < digits; pad++) {
                out.append('0');
            }
            while (n > 0) {
                out.append(code[--n]);
            }
            out.append(after);
        }
        return out.toString();
    }
}
