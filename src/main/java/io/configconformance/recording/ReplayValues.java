package io.configconformance.recording;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a replay gives for a recording's placeholders: an identifier of scenario {@code s} numbered {@code n}
 * becomes a value of the service's shape that names both (AccountId 19000000000ssnnn, AccessKeyId LTAIreplay...,
 * ca-..., fd-...), so it is unique in the whole replay; dates, times, nonces and digests get fixed values. When a
 * request brings an identifier back, it is read as the placeholder it was given for, so the request matches its
 * recording.
 */
final class ReplayValues {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)(?:-(\\d+))?(:number)?}}");
    private static final Pattern GIVEN = Pattern.compile(
            "19\\d{14}|LTAIreplay\\d{14}|ca-[0-9a-f]{20}|fd-r\\d{9}|replay-next-\\d+-\\d+");

    private final Map<String, String> placeholderOf = new ConcurrentHashMap<>();

    /** Text with every placeholder of scenario {@code scenario} replaced by its value. */
    String fill(String text, int scenario) {
        if (text.indexOf("{{") < 0) {
            return text;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(value(match, scenario)));
    }

    /** The value of a placeholder that is a whole JSON number in the recording, or null when the text is not one. */
    String number(String text, int scenario) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.matches() && matcher.group(3) != null ? value(matcher, scenario) : null;
    }

    /** How a request that brings given values back reads: with their placeholders again. */
    Substitution asRecorded() {
        return new Substitution() {
            @Override
            public String text(String text) {
                if (text == null) {
                    return null;
                }
                Matcher matcher = GIVEN.matcher(text);
                return matcher.replaceAll(match -> Matcher.quoteReplacement(
                        placeholderOf.getOrDefault(match.group(), match.group())));
            }

            @Override
            public String number(String numeral) {
                String placeholder = placeholderOf.get(numeral);
                return placeholder == null ? null : Substitution.numberPlaceholder(placeholder);
            }
        };
    }

    private String value(MatchResult placeholder, int scenario) {
        String kind = placeholder.group(1);
        int n = placeholder.group(2) == null ? 0 : Integer.parseInt(placeholder.group(2));
        String value = switch (kind) {
            case "AccountId" -> String.valueOf(1_900_000_000_000_000L + scenario * 1000L + n);
            case "AccessKeyId" -> String.format(Locale.ROOT, "LTAIreplay%07d%07d", scenario, n);
            case "AggregatorId" -> String.format(Locale.ROOT, "ca-%010x%010x", scenario, n);
            case "FolderId" -> String.format(Locale.ROOT, "fd-r%05d%04d", scenario, n);
            case "NextToken" -> "replay-next-" + scenario + "-" + n;
            case "RequestId" -> UUID.nameUUIDFromBytes(("RequestId " + scenario + " " + n)
                    .getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT);
            case "HostId" -> "replay-" + n + ".local";
            case "Time" -> "1767225600000";
            case "Date" -> "2026-01-01T00:00:00Z";
            case "Nonce" -> "00000000-0000-4000-8000-000000000000";
            case "Digest" -> "0".repeat(64);
            default -> kind;
        };
        if (n > 0) {
            placeholderOf.putIfAbsent(value, "{{" + kind + "-" + n + "}}");
        }
        return value;
    }
}
