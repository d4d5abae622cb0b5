package io.configconformance.recording;

import io.configconformance.report.Redactor;
import io.configconformance.report.SentSecrets;
import io.configconformance.report.ServiceText;
import io.configconformance.signing.PercentEncoding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The volatile values of one scenario and the stable placeholders that stand for them in its recording: an
 * identifier is numbered by kind in the order the scenario first met it ({@code {{AccountId-1}}},
 * {@code {{AggregatorId-2}}}), so numbers depend only on the scenario's own exchanges, never on other scenarios
 * running beside it; dates, times and nonces carry no identity and share one placeholder per kind; secrets, tokens and
 * signatures become the mask. A value long and varied enough to be an identifier is replaced wherever it occurs in
 * text, also percent-encoded once or twice (as a service echoes a string to sign); any other value (a one-character
 * HostId, {@code "0"}) only where it is a whole field, so that an answer cannot steer what else its recording says.
 */
final class Placeholders {

    /** Kinds whose values identify something: numbered, and given back in a replay. */
    static final List<String> IDENTITIES = List.of("AccountId", "AccessKeyId", "AggregatorId", "FolderId",
            "RequestId", "HostId", "NextToken");

    private static final Pattern DIGEST = Pattern.compile("\\b[0-9a-f]{64}\\b");
    /** What the masking of secrets looks for first: most text holds none of these words and is left alone at once. */
    private static final Pattern SECRET_WORDS = Pattern.compile("(?i)signature|secret|token");

    /** Shorter values, or values of fewer distinct characters, occur by chance in other text. */
    static final int IDENTIFIER_LENGTH = 6;
    private static final int IDENTIFIER_CHARACTERS = 3;

    /** The run's secrets: masked wherever they stand, in whatever form. */
    private final SentSecrets secrets;
    private final Map<String, String> byValue = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, String> replacements = new HashMap<>();
    /** The texts to replace by their first character, longest first: one pass over a text finds them all. */
    private final Map<Character, List<String>> byFirstCharacter = new HashMap<>();

    Placeholders(SentSecrets secrets) {
        this.secrets = secrets;
    }

    /** The field of an answer whose values are volatile, by its name: the kind, or null. */
    static String kindOfField(String name) {
        return switch (name) {
            case "RequestId", "HostId", "AggregatorId", "FolderId", "AccessKeyId", "NextToken" -> name;
            case "AccountId", "ManagementAccountId", "OrganizationMasterId" -> "AccountId";
            case "FolderIds" -> "FolderId";
            case "AggregatorCreateTimestamp" -> "Time";
            case "AccessKeySecret", "SecurityToken", "Signature" -> "secret";
            default -> null;
        };
    }

    /** Registers a value of a kind (numbered kinds count up); null and empty values are ignored. */
    void register(String kind, String value) {
        if (value == null || value.isEmpty() || byValue.containsKey(value)) {
            return;
        }
        String name;
        if (kind.equals("secret")) {
            name = Redactor.MASK;
        } else if (IDENTITIES.contains(kind)) {
            name = "{{" + kind + "-" + counts.merge(kind, 1, Integer::sum) + "}}";
        } else {
            name = "{{" + kind + "}}";
        }
        byValue.put(value, name);
        if (!isIdentifierLike(value)) {
            return;
        }
        addReplacement(value, name);
        String encoded = PercentEncoding.encode(value);
        addReplacement(encoded, name);
        addReplacement(PercentEncoding.encode(encoded), name);
    }

    static boolean isIdentifierLike(String value) {
        return value.length() >= IDENTIFIER_LENGTH && value.chars().distinct().limit(IDENTIFIER_CHARACTERS).count()
                == IDENTIFIER_CHARACTERS;
    }

    private void addReplacement(String text, String name) {
        if (replacements.putIfAbsent(text, name) == null) {
            List<String> texts = byFirstCharacter.computeIfAbsent(text.charAt(0), c -> new ArrayList<>());
            int at = 0;
            while (at < texts.size() && texts.get(at).length() >= text.length()) {
                at++;
            }
            texts.add(at, text);
        }
    }

    /** The placeholder of a whole value, or null when it is not volatile. */
    String of(String value) {
        return byValue.get(value);
    }

    /** Left to right, the longest registered text that starts at each place is replaced. */
    private String replaceRegistered(String text) {
        StringBuilder out = null;
        int copied = 0;
        int at = 0;
        while (at < text.length()) {
            String found = null;
            for (String candidate : byFirstCharacter.getOrDefault(text.charAt(at), List.of())) {
                if (text.startsWith(candidate, at)) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                at++;
                continue;
            }
            out = out == null ? new StringBuilder(text.length()) : out;
            out.append(text, copied, at).append(replacements.get(found));
            at += found.length();
            copied = at;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Text with every registered value replaced, digests of a string to sign too, and secrets masked. */
    String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        text = secrets.mask(text);
        String whole = byValue.get(text);
        String result = whole != null ? whole : replaceRegistered(text);
        if (result.length() >= 64) {
            result = DIGEST.matcher(result).replaceAll("{{Digest}}");
        }
        // a recording is JSON written as UTF-8: a lone surrogate from an answer would stop its writer
        return SECRET_WORDS.matcher(result).find() ? Redactor.redactPatterns(result) : ServiceText.wellFormed(result);
    }
}
