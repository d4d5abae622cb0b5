package io.configconformance.witness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A newer metadata snapshot held against the facts the suite was last checked with: every documented error row,
 * parameter and answer field of the suite's operations that was added, removed or changed, each with the scenarios it
 * touches. A row touches the scenarios tagged with its operation, version and code; a parameter or a field touches the
 * operation's scenarios that name it, in any case (steps say "a new description" of Description).
 */
public final class SpecDiff {

    /** One changed fact: what it is ("error", "parameter", "field", "operation"), how it changed, and its scenarios. */
    public record Change(String operation, String version, String kind, String name, String what,
                         List<FeatureScenarios.Scenario> scenarios) {

        public String line() {
            return operation + " " + version + " " + kind + " " + name + ": " + what;
        }
    }

    private final FeatureScenarios features;

    public SpecDiff(FeatureScenarios features) {
        this.features = features;
    }

    /** The changes from {@code tested} to {@code newer}, both facts of the same version, for the tested operations. */
    public List<Change> compare(MetadataFacts tested, MetadataFacts newer) {
        List<Change> changes = new ArrayList<>();
        String version = tested.version();
        for (String operation : tested.operations()) {
            JsonNode before = tested.operation(operation);
            JsonNode after = newer.operation(operation);
            if (after.isMissingNode()) {
                changes.add(new Change(operation, version, "operation", operation, "no longer documented",
                        features.of(operation, version)));
                continue;
            }
            compare(operation, version, "error", keyed(before.path("errorCodes"), row -> row.path("code").asString()),
                    keyed(after.path("errorCodes"), row -> row.path("code").asString()), changes);
            compare(operation, version, "parameter", keyed(before.path("parameters"), p -> p.path("name").asString()),
                    keyed(after.path("parameters"), p -> p.path("name").asString()), changes);
            compare(operation, version, "field", fields(before), fields(after), changes);
        }
        return changes;
    }

    private void compare(String operation, String version, String kind, Map<String, JsonNode> before,
                         Map<String, JsonNode> after, List<Change> into) {
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            JsonNode was = before.get(name);
            JsonNode is = after.get(name);
            String what = was == null ? "added, " + is : is == null ? "removed (was " + was + ")"
                    : was.equals(is) ? null : was + " -> " + is;
            if (what != null) {
                into.add(new Change(operation, version, kind, name, what, touched(operation, version, kind, name)));
            }
        }
    }

    private List<FeatureScenarios.Scenario> touched(String operation, String version, String kind, String name) {
        if (kind.equals("error")) {
            return features.scenarios().stream().filter(s -> s.tagged("@" + operation, "@v" + version, "@" + name))
                    .toList();
        }
        String leaf = name.substring(name.lastIndexOf('/') + 1);
        Pattern word = Pattern.compile("\\b" + Pattern.quote(leaf) + "\\b", Pattern.CASE_INSENSITIVE);
        return features.of(operation, version).stream().filter(s -> word.matcher(s.text()).find()).toList();
    }

    private static Map<String, JsonNode> keyed(JsonNode array, Function<JsonNode, String> key) {
        Map<String, JsonNode> keyed = new LinkedHashMap<>();
        array.forEach(item -> keyed.put(key.apply(item), item));
        return keyed;
    }

    private static Map<String, JsonNode> fields(JsonNode operation) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        operation.path("responseFields").properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
        return fields;
    }
}
