package io.configconformance.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The secrets the run has sent (AccessKeySecrets, security tokens, signatures, control tokens), each registered as it
 * is made and masked in every text written, in every form a service could echo it: as sent, percent-encoded once and
 * twice, as HTML references (named, decimal, hexadecimal), as JSON escapes, base64 and hex. Patterns cannot know every
 * form; the run knows the exact values.
 *
 * <p>Signatures are per request, so the set grows with the run: each form is indexed by a hash of its first
 * characters, and one pass over a text tests each place against a bit filter of those hashes before any lookup.
 */
public final class SentSecrets {

    /**
     * Shorter values are no secrets of the API (its secrets and signatures are 28 characters or more, control tokens
     * 16); each form is indexed by its first 16 characters, as a rolling hash, so that forms with a common lead
     * (a JSON escape, {@code &#x}) still spread.
     */
    static final int SHORTEST = 16;
    private static final int PREFIX = SHORTEST;
    private static final long BASE = 0x100000001B3L;
    /** BASE to the power PREFIX: what the character leaving the window weighed in the hash. */
    private static final long LEAVING;

    static {
        long power = 1;
        for (int i = 0; i < PREFIX; i++) {
            power *= BASE;
        }
        LEAVING = power;
    }
    private static final int FILTER_BITS = 1 << 20;

    private static final Map<Long, List<String>> BY_PREFIX = new ConcurrentHashMap<>();
    private static final AtomicLongArray FILTER = new AtomicLongArray(FILTER_BITS / 64);
    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();

    private SentSecrets() {
    }

    /** Registers a value the run sends as a secret; null and short values are ignored. */
    public static void register(String value) {
        if (value == null || value.length() < SHORTEST || !REGISTERED.add(value)) {
            return;
        }
        for (String form : forms(value)) {
            long prefix = prefix(form, 0);
            BY_PREFIX.compute(prefix, (p, forms) -> longestFirst(forms, form));
            int bit = bit(prefix);
            FILTER.getAndUpdate(bit >>> 6, word -> word | (1L << bit));
        }
    }

    /** A new list with the form added before any shorter one: the longest form at a place wins. */
    private static List<String> longestFirst(List<String> forms, String form) {
        List<String> added = forms == null ? new ArrayList<>(1) : new ArrayList<>(forms);
        int at = 0;
        while (at < added.size() && added.get(at).length() >= form.length()) {
            at++;
        }
        added.add(at, form);
        return List.copyOf(added);
    }

    /** The text with every form of every registered secret replaced by the mask. */
    public static String mask(String text) {
        if (text == null || text.length() < SHORTEST || REGISTERED.isEmpty()) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        long prefix = 0;
        for (int end = 0; end < text.length(); end++) {
            prefix = prefix * BASE + text.charAt(end) - (end - PREFIX >= copied ? text.charAt(end - PREFIX) * LEAVING : 0);
            int at = end - PREFIX + 1;
            if (at < copied) {
                continue;
            }
            int bit = bit(prefix);
            if ((FILTER.get(bit >>> 6) & (1L << bit)) == 0) {
                continue;
            }
            String found = longestAt(text, at, prefix);
            if (found != null) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, at).append(Redactor.MASK);
                copied = at + found.length();
                end = copied - 1; // the hash starts again with the first character after the match
                prefix = 0;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static String longestAt(String text, int at, long prefix) {
        for (String form : BY_PREFIX.getOrDefault(prefix, List.of())) {
            if (text.startsWith(form, at)) {
                return form;
            }
        }
        return null;
    }

    /** The forms a service could echo a value in. */
    static Set<String> forms(String value) {
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
        forms.removeIf(form -> form.length() < PREFIX);
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

    /** Each character as a reference: before, then the code in the radix (at least {@code digits} long), after. */
    private static String reference(String value, String before, int radix, int digits, boolean upper, String after) {
        StringBuilder out = new StringBuilder(value.length() * (before.length() + digits + after.length() + 2));
        for (int i = 0; i < value.length(); i++) {
            String code = Integer.toString(value.charAt(i), radix);
            out.append(before).append("0".repeat(Math.max(0, digits - code.length())))
                    .append(upper ? code.toUpperCase(Locale.ROOT) : code).append(after);
        }
        return out.toString();
    }

    private static long prefix(String form, int at) {
        long prefix = 0;
        for (int i = at; i < at + PREFIX; i++) {
            prefix = prefix * BASE + form.charAt(i);
        }
        return prefix;
    }

    private static int bit(long prefix) {
        long mixed = prefix * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 44) & (FILTER_BITS - 1);
    }
}
