package io.configconformance.recording;

import io.configconformance.report.Redactor;
import io.configconformance.signing.PercentEncoding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The volatile values of one scenario and the stable placeholders that stand for them in its recording: an
 * identifier is numbered by kind in the order the scenario first met it ({@code {{AccountId-1}}},
 * {@code {{AggregatorId-2}}}), so numbers depend only on the scenario's own exchanges, never on other scenarios
 * running beside it; dates, times and nonces carry no identity and share one placeholder per kind; secrets, tokens and
 * signatures become the mask. A value is replaced wherever it occurs in text, also percent-encoded once or twice (as a
 * service echoes a string to sign).
 */
final class Placeholders {

    /** Kinds whose values identify something: numbered, and given back in a replay. */
    static final List<String> IDENTITIES = List.of("AccountId", "AccessKeyId", "AggregatorId", "FolderId",
            "RequestId", "HostId", "NextToken");

    private static final Pattern DIGEST = Pattern.compile("\\b[0-9a-f]{64}\\b");

    private final Map<String, String> byValue = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, String> replacements = new LinkedHashMap<>();
    private List<Map.Entry<String, String>> longestFirst = List.of();

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
        addReplacement(value, name);
        String encoded = PercentEncoding.encode(value);
        addReplacement(encoded, name);
        addReplacement(PercentEncoding.encode(encoded), name);
    }

    private void addReplacement(String text, String name) {
        if (replacements.putIfAbsent(text, name) == null) {
            List<Map.Entry<String, String>> sorted = new ArrayList<>(replacements.entrySet());
            sorted.sort((a, b) -> b.getKey().length() - a.getKey().length());
            longestFirst = sorted;
        }
    }

    /** The placeholder of a whole value, or null when it is not volatile. */
    String of(String value) {
        return byValue.get(value);
    }

    /** Text with every registered value replaced, digests of a string to sign too, and secrets masked. */
    String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Map.Entry<String, String> replacement : longestFirst) {
            if (result.contains(replacement.getKey())) {
                result = result.replace(replacement.getKey(), replacement.getValue());
            }
        }
        return Redactor.redact(DIGEST.matcher(result).replaceAll("{{Digest}}"));
    }
}
