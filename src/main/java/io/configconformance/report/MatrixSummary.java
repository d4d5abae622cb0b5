package io.configconformance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first table of the conformance matrix: per operation and API version, how many scenarios passed, failed,
 * differ or were skipped, and how many of the documented error rows passed. What a reader wants at a glance.
 */
final class MatrixSummary {

    static final List<String> COLUMNS = List.of("operation", "version", "passed", "failed", "differ", "skipped",
            "documented errors passed");

    /** One line of the table, its cells in {@link #COLUMNS} order, and whether anything in it failed. */
    record Row(List<String> cells, boolean failed) {
    }

    private MatrixSummary() {
    }

    static List<Row> rows(List<ScenarioResult> results, Map<DocumentedError, List<ScenarioResult>> coverage,
                          List<String> operations) {
        Map<String, List<ScenarioResult>> byKey = new LinkedHashMap<>();
        for (String operation : operations) {
            for (ScenarioResult result : results) {
                if (result.operation(operations).equals(operation)) {
                    byKey.computeIfAbsent(operation + " " + version(result), k -> new ArrayList<>()).add(result);
                }
            }
        }
        results.stream().filter(r -> r.operation(operations).equals("protocol"))
                .forEach(r -> byKey.computeIfAbsent("protocol " + version(r), k -> new ArrayList<>()).add(r));
        List<Row> rows = new ArrayList<>();
        byKey.forEach((key, scenarios) -> {
            String[] parts = key.split(" ", 2);
            List<List<ScenarioResult>> documented = coverage.entrySet().stream()
                    .filter(e -> e.getKey().operation().equals(parts[0]) && e.getKey().version().equals(parts[1]))
                    .map(Map.Entry::getValue).toList();
            long failed = count(scenarios, "failed");
            rows.add(new Row(List.of(parts[0], parts[1], String.valueOf(count(scenarios, "passed")),
                    String.valueOf(failed), String.valueOf(count(scenarios, "differs")),
                    skipped(scenarios), documented.isEmpty() ? "-"
                            : documented.stream().filter(c -> ConformanceMatrix.verdict(c).equals("passed")).count()
                            + " of " + documented.size()), failed > 0));
        });
        return rows;
    }

    private static String version(ScenarioResult result) {
        return result.tags().stream().filter(tag -> tag.startsWith("@v20")).map(tag -> tag.substring(2)).sorted()
                .findFirst().orElse("both");
    }

    /** Scenarios not judged, those whose moment had passed (not reached this time) said apart. */
    private static String skipped(List<ScenarioResult> scenarios) {
        long notReached = count(scenarios, "not reached");
        long skipped = count(scenarios, "skipped") + notReached;
        return notReached == 0 ? String.valueOf(skipped) : skipped + " (" + notReached + " not reached)";
    }

        private static long count(List<ScenarioResult> scenarios, String verdict) {
        return scenarios.stream().filter(r -> r.verdict().equals(verdict)).count();
    }
}
