package io.configconformance.report;

/**
 * What an endpoint said, rendered for each medium the run writes to, so that it stays data there: never markup in
 * Markdown, never a control sequence on a terminal, never a character a report's encoder cannot write. Each
 * character a medium cannot carry as itself is shown as its escape (an ESC as {@code \x1b}, a lone surrogate as its
 * JSON escape), so a reader sees that it was there. HTML has its own escaping ({@code Html}).
 */
public final class ServiceText {

    /**
     * Every character GitHub's cmark-gfm gives a meaning to inside a table cell (where all service text goes: block
     * syntax does not apply there) and a backslash itself; a backslash before any of them makes it literal.
     */
    private static final String MARKDOWN_PUNCTUATION = "\\`*_[]<>!&~|";
    /** Breaks the autolinks cmark-gfm finds in plain text ({@code www.}, {@code scheme://}, {@code user@host}). */
    private static final char AUTOLINK_BREAK = '\u200b';

    private ServiceText() {
    }

    /**
     * Text every report format can carry: a lone surrogate (valid as a JSON escape, unwritable in UTF-8), a
     * noncharacter or a control character other than tab, line feed and carriage return (none of which XML 1.0 can
     * carry) is replaced by its escape.
     */
    public static String wellFormed(String text) {
        return text == null ? null : escaped(text, false);
    }

    /** One line for a terminal: every control character, line breaks and bidirectional overrides included, escaped. */
    public static String terminal(String text) {
        return text == null ? null : escaped(text, true);
    }

    /**
     * The same line masked first of every secret {@code secrets} holds and every one the patterns find
     * ({@link Redactor#redact}): what a command prints of an endpoint's words.
     */
    public static String terminal(String text, SentSecrets secrets) {
        return terminal(Redactor.redact(text, secrets));
    }

    /**
     * Text for a Markdown table cell or line: one line, every punctuation character backslash-escaped (so no image,
     * link, HTML, emphasis or cell break), autolinks broken by a zero-width space.
     */
    public static String markdown(String text) {
        if (text == null) {
            return "";
        }
        String line = terminal(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
            if ((c == ':' && line.startsWith("//", i + 1))
                    || (c == '@' && i > 0 && (Character.isLetterOrDigit(line.charAt(i - 1)) || ".-_+".indexOf(line.charAt(i - 1)) >= 0))
                    || ((c == 'w' || c == 'W') && line.regionMatches(true, i - 2, "www.", 0, 4))) {
                out.append(AUTOLINK_BREAK);
            }
        }
        return out.toString();
    }

    private static String escaped(String text, boolean terminal) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(text, i, c, terminal);
            if (escape == null) {
                if (out != null) {
                    out.append(c);
                }
                if (Character.isHighSurrogate(c)) {
                    i++;
                    if (out != null) {
                        out.append(text.charAt(i));
                    }
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            out.append(escape);
        }
        return out == null ? text : out.toString();
    }

    /** The escape of the character at {@code i}, or null to keep it (a valid surrogate pair is kept whole). */
    private static String escape(String text, int i, char c, boolean terminal) {
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? null : unicode(c);
        }
        if (Character.isLowSurrogate(c) || c == '\ufffe' || c == '\uffff') {
            return unicode(c);
        }
        if (c < 0x20 || c == 0x7f) {
            return !terminal && (c == '\t' || c == '\n' || c == '\r') ? null : String.format("\\x%02x", (int) c);
        }
        if (terminal && ((c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069'))) {
            return unicode(c);
        }
        return null;
    }

    private static String unicode(char c) {
        return String.format("\\u%04x", (int) c);
    }
}
