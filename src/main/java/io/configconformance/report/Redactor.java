package io.configconformance.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in anything the suite writes: every value the writer's {@link SentSecrets} holds, in every form, and
 * AccessKeySecret, SecurityToken and signatures wherever they appear as query or form parameters, headers, or JSON
 * fields. Everything that reaches a log or a report passes through here,
 * and leaves well-formed: a character no report format can carry (a lone surrogate a service sent as a JSON escape)
 * becomes its escape, so no report writer fails on it.
 */
public final class Redactor {

    public static final String MASK = "****";

    private static final List<Pattern> PATTERNS = List.of(
            // name=value in a query string or form body, also as a page echoes a URL back: after &amp; (HTML),
            // \u0026 (JSON-escaped) or %26 (percent-encoded), with = as itself, %3D or \u003d
            Pattern.compile("(?i)((?:^|[?&\\s;\"'(]|&amp;|\\\\u0026|%26)(?:Signature|AccessKeySecret|SecurityToken)"
                    + "(?:=|%3D|\\\\u003d))((?:(?!%26|&amp;)[^&\\s\"'<\\\\])+)"),
            // "Name": "value" in JSON
            Pattern.compile("(?i)(\"(?:Signature|AccessKeySecret|SecurityToken)\"\\s*:\\s*\")([^\"]*)"),
            // headers
            Pattern.compile("(?i)((?:x-acs-security-token|x-acs-signature)\\s*:\\s*)(\\S+)"),
            // the signature part of an ACS3 Authorization header
            Pattern.compile("(?i)(Signature=)([0-9a-f]{16,})"),
            // <Name>value</Name> in XML
            Pattern.compile("(?i)(<(?:AccessKeySecret|SecurityToken|Signature)>)([^<]*)"));

    private Redactor() {
    }

    /** The text masked of every secret the registry holds, by value, and of every secret the patterns find. */
    public static String redact(String text, SentSecrets secrets) {
        return text == null ? null : redactPatterns(secrets.mask(text));
    }

    /**
     * The text masked of what the patterns find, for text already masked by value where it was made (an attachment
     * read back) or that no run's secret can reach.
     */
    public static String redactPatterns(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(result);
            result = matcher.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK));
        }
        return ServiceText.wellFormed(result);
    }
}
