package io.configconformance.recording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares a run's recording with a baseline recording, exchange by exchange: a request is paired with the recorded
 * request it repeats (the n-th identical request of a scenario with the n-th recorded one), and their answers are
 * compared by status, the headers that matter, the set of fields, each field's type and each value after
 * placeholders. A scenario is "same", "differs" (each difference with its field path, recorded value and new value)
 * or "not recorded"; a scenario of the baseline that the run did not record (a role not configured, mutating
 * scenarios not allowed, a narrower --tags) is "not compared", never silently dropped: parity that compared nothing
 * must not look green.
 */
public final class Parity {

    /** How a scenario or exchange compares with the baseline. */
    public enum Verdict { SAME, DIFFERS, NOT_RECORDED, NOT_COMPARED;

        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * One difference: where (scenario, exchange, field path) and the two values; {@code followsFrom} is the path of
     * the difference of the same answer it is a consequence of (the Recommend URL of a changed Code), null when it is
     * a finding of its own. Only findings of their own are counted.
     */
    public record Difference(String scenario, String exchange, String path, String recorded, String now,
                             String followsFrom) {

        public Difference(String scenario, String exchange, String path, String recorded, String now) {
            this(scenario, exchange, path, recorded, now, null);
        }

        public boolean derived() {
            return followsFrom != null;
        }

        Difference following(String cause) {
            return new Difference(scenario, exchange, path, recorded, now, cause);
        }

        public String line() {
            return scenario + " · " + exchange + ": " + path + ": recorded " + recorded + ", now " + now;
        }

        /** The field and both values, with "follows from" for a consequence. */
        public String field() {
            return derived() ? path + " (follows from " + followsFrom + ")" : path;
        }
    }

    /** One exchange of the run: its operation ("CreateAggregator 2020-09-07", "control API") and verdict. */
    public record ExchangeResult(String operation, Verdict verdict) {
    }

    public record ScenarioResult(String id, String name, Verdict verdict, List<ExchangeResult> exchanges,
                                 List<Difference> differences) {
    }

    private static final Pattern NUMBER_PLACEHOLDER = Pattern.compile("\\{\\{(.+):number}}");

    private Parity() {
    }

    /** Every scenario of the run, in scenario order, compared with the baseline; then the baseline's others. */
    public static List<ScenarioResult> compare(Map<String, ObjectNode> baseline, Map<String, ObjectNode> run) {
        List<ScenarioResult> results = new ArrayList<>();
        run.forEach((id, recording) -> results.add(compare(id, baseline.get(id), recording)));
        baseline.forEach((id, recording) -> {
            if (!run.containsKey(id)) {
                results.add(new ScenarioResult(id, recording.path("scenario").asString(id), Verdict.NOT_COMPARED,
                        List.of(), List.of()));
            }
        });
        return results;
    }

    private static ScenarioResult compare(String id, ObjectNode baseline, ObjectNode run) {
        String name = run.path("scenario").asString(id);
        List<ExchangeResult> exchanges = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        if (baseline == null) {
            run.path("exchanges").forEach(e -> exchanges.add(new ExchangeResult(operation(e), Verdict.NOT_RECORDED)));
            return new ScenarioResult(id, name, Verdict.NOT_RECORDED, exchanges, differences);
        }
        Map<String, List<JsonNode>> recorded = new LinkedHashMap<>();
        baseline.path("exchanges").forEach(e -> recorded.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e));
        Map<String, Integer> seen = new HashMap<>();
        boolean anyNotRecorded = false;
        for (JsonNode exchange : run.path("exchanges")) {
            String key = key(exchange);
            int n = seen.merge(key, 1, Integer::sum);
            List<JsonNode> candidates = recorded.getOrDefault(key, List.of());
            String label = label(exchange, n);
            if (n > candidates.size()) {
                exchanges.add(new ExchangeResult(operation(exchange), Verdict.NOT_RECORDED));
                differences.add(new Difference(id, label, "(exchange)", "not made", "made"));
                anyNotRecorded = true;
                continue;
            }
            List<Difference> found = compareResponses(id, label, candidates.get(n - 1).path("response"),
                    exchange.path("response"));
            differences.addAll(found);
            exchanges.add(new ExchangeResult(operation(exchange), found.isEmpty() ? Verdict.SAME : Verdict.DIFFERS));
        }
        recorded.forEach((key, list) -> {
            for (int n = seen.getOrDefault(key, 0) + 1; n <= list.size(); n++) {
                differences.add(new Difference(id, label(list.get(n - 1), n), "(exchange)", "made", "not made"));
            }
        });
        Verdict verdict = differences.isEmpty() ? Verdict.SAME
                : anyNotRecorded && differences.stream().allMatch(d -> d.recorded().equals("not made"))
                ? Verdict.NOT_RECORDED : Verdict.DIFFERS;
        return new ScenarioResult(id, name, verdict, exchanges, differences);
    }

    private static String key(JsonNode exchange) {
        return ExchangeNodes.key((ObjectNode) exchange.path("request"));
    }

    /** "CreateAggregator 2020-09-07", or "control API" for the emulator's control API. */
    static String operation(JsonNode exchange) {
        JsonNode request = exchange.path("request");
        if (request.has(ExchangeNodes.CONTROL)) {
            return "control API";
        }
        return request.path("action").asString("(no action)") + " " + request.path("version").asString("(no version)");
    }

    private static String label(JsonNode exchange, int n) {
        JsonNode request = exchange.path("request");
        String what = request.has(ExchangeNodes.CONTROL) ? request.path(ExchangeNodes.CONTROL).asString()
                : operation(exchange) + " (" + request.path("format").asString("JSON") + ", "
                + request.path("signature").asString("no signature") + ")";
        return n == 1 ? what : what + " #" + n;
    }

    private static List<Difference> compareResponses(String scenario, String exchange, JsonNode recorded,
                                                     JsonNode now) {
        Map<String, String[]> before = fields(recorded);
        Map<String, String[]> after = fields(now);
        List<Difference> differences = new ArrayList<>();
        Set<String> paths = new java.util.LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            String[] a = before.get(path);
            String[] b = after.get(path);
            if (a == null || b == null || !a[0].equals(b[0]) || !a[1].equals(b[1])) {
                differences.add(new Difference(scenario, exchange, path, show(a), show(b)));
            }
        }
        if (recorded.has("xml") && now.has("xml")) {
            XmlParity.compare(xml(recorded), xml(now)).forEach(change -> differences.add(
                    new Difference(scenario, exchange, change.path(), change.recorded(), change.now())));
        } else if (recorded.has("xml") || now.has("xml")) {
            differences.add(new Difference(scenario, exchange, "(body)", recorded.has("xml") ? "XML" : "not XML",
                    now.has("xml") ? "XML" : "not XML"));
        }
        return DerivedDifferences.fold(differences);
    }

    private static String xml(JsonNode response) {
        StringBuilder text = new StringBuilder();
        response.path("xml").forEach(line -> text.append(line.asString()));
        return text.toString();
    }

    private static String show(String[] typed) {
        return typed == null ? "(absent)" : typed[0] + " " + typed[1];
    }

    /** Every field of an answer by path: {type, value}. */
    static Map<String, String[]> fields(JsonNode response) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("status", new String[] {"number", response.path("status").toString()});
        response.path("headers").properties().forEach(h ->
                fields.put("header " + h.getKey(), new String[] {"string", h.getValue().toString()}));
        if (response.has("body")) {
            json("", response.path("body"), fields);
        } else if (response.has("text")) {
            int n = 0;
            for (JsonNode line : response.path("text")) {
                fields.put("line " + ++n, new String[] {"text", line.toString()});
            }
        }
        return fields;
    }

    private static void json(String path, JsonNode node, Map<String, String[]> fields) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                fields.put(path.isEmpty() ? "/" : path, new String[] {"object", "{}"});
            }
            node.properties().forEach(field -> json(path + "/" + field.getKey(), field.getValue(), fields));
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                fields.put(path, new String[] {"array", "[]"});
            }
            for (int i = 0; i < node.size(); i++) {
                json(path + "/" + i, node.get(i), fields);
            }
        } else if (node.isString()) {
            Matcher number = NUMBER_PLACEHOLDER.matcher(node.asString());
            fields.put(path, number.matches() ? new String[] {"number", "{{" + number.group(1) + "}}"}
                    : new String[] {"string", node.toString()});
        } else {
            fields.put(path, new String[] {node.isNumber() ? "number" : node.isBoolean() ? "boolean" : "null",
                    node.toString()});
        }
    }
}
