package io.configconformance.report;

import io.configconformance.protocol.Action;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The conformance matrix of one run, as Markdown and as HTML: a header (endpoint, API versions, time, suite version),
 * each operation's scenarios with their results, and each documented error with the scenarios that cover it.
 */
final class ConformanceMatrix {

    /** The operations with a reference page, in the pages' order; the readers belong to no page. */
    static final List<String> OPERATIONS = Stream.of(Action.PUT_CONFIGURATION_RECORDER,
            Action.START_CONFIGURATION_RECORDER, Action.CREATE_AGGREGATOR, Action.UPDATE_AGGREGATOR)
            .map(Action::wireName).toList();

    /** One colour per result; nothing is loaded from outside the file. */
    private static final String STYLE = "body{font-family:sans-serif}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top}"
            + ".passed{background:#dfd}.failed{background:#fbb}.differs{background:#fdc}"
            + ".skipped,.not-run{background:#ffd}.not-reached{background:#def}.not-covered{background:#ddd}"
            + "details summary{cursor:pointer}#filters{margin:0.5em 0}"
            + "#documented-errors td:nth-child(3),#documented-errors td:nth-child(4){white-space:nowrap}";

    private final List<ScenarioResult> results;
    private final List<DocumentedError> catalogue;
    private final String endpoint;
    private final Instant time;
    private final String version;

    ConformanceMatrix(List<ScenarioResult> results, List<DocumentedError> catalogue, String endpoint, Instant time,
                      String version) {
        this.results = results.stream().sorted(Comparator.comparing(ScenarioResult::uri)
                .thenComparingInt(ScenarioResult::line)).toList();
        this.catalogue = catalogue;
        this.endpoint = endpoint;
        this.time = time;
        this.version = version;
    }

    /** Per documented error: "passed", "failed", "skipped" or "not covered", with the covering scenarios. */
    Map<DocumentedError, List<ScenarioResult>> coverage() {
        Map<DocumentedError, List<ScenarioResult>> coverage = new LinkedHashMap<>();
        catalogue.forEach(error -> coverage.put(error, results.stream().filter(r -> r.covers(error)).toList()));
        return coverage;
    }

    static String verdict(List<ScenarioResult> covering) {
        if (covering.isEmpty()) {
            return "not covered";
        }
        for (String worst : List.of("failed", "differs")) {
            if (covering.stream().anyMatch(r -> r.verdict().equals(worst))) {
                return worst;
            }
        }
        if (covering.stream().allMatch(r -> r.verdict().equals("passed"))) {
            return "passed";
        }
        return covering.stream().anyMatch(r -> r.verdict().equals("not reached")) ? "not reached" : "skipped";
    }

    /** The scenario's evidence and the register entries it rests on: "assumption (A22)". */
    static String evidence(ScenarioResult result) {
        List<String> entries = Evidence.entries(result.tags());
        String grade = grade(result);
        return entries.isEmpty() ? grade : grade + " (" + String.join(", ", entries) + ")";
    }

    /** The scenario's evidence grade: page, contested, sdk or assumption; "untagged" for a scenario without one. */
    static String grade(ScenarioResult result) {
        try {
            return Evidence.of(result.tags()).tag().substring("@evidence-".length());
        } catch (IllegalArgumentException untagged) {
            return "untagged";
        }
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# Cloud Config conformance matrix\n\n");
        header().forEach((key, value) -> out.append("- ").append(key).append(": ").append(value).append('\n'));
        WhatBroke broke = new WhatBroke(results, catalogue);
        if (!broke.isEmpty()) {
            out.append(broke.markdown());
        }
        out.append("\n## Summary\n\n| ").append(String.join(" | ", MatrixSummary.COLUMNS)).append(" |\n|")
                .append("---|".repeat(MatrixSummary.COLUMNS.size())).append('\n');
        summary().forEach(row -> out.append("| ").append(String.join(" | ", row.cells())).append(" |\n"));
        out.append("\n## Documented errors\n\n").append(new ErrorTable(coverage()).markdown());
        byOperation().forEach((operation, scenarios) -> {
            out.append("\n## ").append(operation).append("\n\n| scenario | evidence | result | reason |\n"
                    + "|---|---|---|---|\n");
            scenarios.forEach(r -> out.append("| ").append(r.name().replace("|", "\\|")).append(" | ")
                    .append(evidence(r)).append(" | ").append(r.verdict()).append(" | ")
                    .append(ServiceText.markdown(r.reason())).append(" |\n"));
        });
        List<ScenarioResult> observed = observed();
        if (!observed.isEmpty()) {
            out.append("\n## Observations\n\nWhat the service does that no page forbids, but the emulator does not"
                    + " do.\n\n| scenario | observation |\n|---|---|\n");
            observed.forEach(r -> r.observations().forEach(o -> out.append("| ").append(r.name().replace("|", "\\|"))
                    .append(" | ").append(ServiceText.markdown(o)).append(" |\n")));
        }
        return out.toString();
    }

    String html() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>Cloud Config conformance matrix</title><style>" + STYLE + "</style></head><body>"
                + "<h1>Cloud Config conformance matrix</h1><ul>");
        header().forEach((key, value) -> out.append("<li>").append(Html.escape(key)).append(": ").append(Html.escape(value))
                .append("</li>"));
        out.append("</ul>");
        WhatBroke broke = new WhatBroke(results, catalogue);
        if (!broke.isEmpty()) {
            out.append(broke.html());
        }
        out.append("<h2>Summary</h2><table><tr>");
        MatrixSummary.COLUMNS.forEach(column -> out.append("<th>").append(Html.escape(column)).append("</th>"));
        out.append("</tr>");
        summary().forEach(row -> {
            out.append("<tr class=\"").append(row.failed() ? "failed" : "passed").append("\">");
            row.cells().forEach(cell -> out.append("<td>").append(Html.escape(cell)).append("</td>"));
            out.append("</tr>");
        });
        out.append("</table><h2>Documented errors</h2>").append(new ErrorTable(coverage()).html());
        byOperation().forEach((operation, scenarios) -> {
            out.append("<h2>").append(Html.escape(operation)).append("</h2><table><tr><th>scenario</th><th>evidence</th>"
                    + "<th>result</th><th>reason</th></tr>");
            scenarios.forEach(r -> out.append("<tr class=\"").append(r.verdict().replace(' ', '-')).append("\"><td>")
                    .append(Html.escape(r.name())).append("</td><td>").append(Html.escape(evidence(r))).append("</td><td>")
                    .append(r.verdict()).append("</td><td>").append(Html.escape(r.reason())).append("</td></tr>"));
            out.append("</table>");
        });
        List<ScenarioResult> observed = observed();
        if (!observed.isEmpty()) {
            out.append("<h2>Observations</h2><table><tr><th>scenario</th><th>observation</th></tr>");
            observed.forEach(r -> r.observations().forEach(o -> out.append("<tr><td>").append(Html.escape(r.name()))
                    .append("</td><td>").append(Html.escape(o)).append("</td></tr>")));
            out.append("</table>");
        }
        return out.append("</body></html>").toString();
    }

    private List<MatrixSummary.Row> summary() {
        return MatrixSummary.rows(results, coverage(), OPERATIONS);
    }

    private Map<String, String> header() {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("Endpoint", endpoint);
        header.put("API versions", "2019-01-08, 2020-09-07");
        header.put("Finished", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC)
                .format(time));
        header.put("Suite version", version);
        long covered = coverage().values().stream().filter(c -> verdict(c).equals("passed")).count();
        header.put("Documented errors passed", covered + " of " + catalogue.size());
        header.put("Scenarios", results.size() + " (" + count("passed") + " passed, " + count("failed")
                + " failed, " + count("skipped") + " skipped, " + count("differs") + " differ"
                + (count("not reached") == 0 ? "" : ", " + count("not reached") + " not reached") + ")");
        header.put("Observations", String.valueOf(observed().stream().mapToInt(r -> r.observations().size()).sum()));
        return header;
    }

    private List<ScenarioResult> observed() {
        return results.stream().filter(r -> !r.observations().isEmpty()).toList();
    }

    private long count(String verdict) {
        return results.stream().filter(r -> r.verdict().equals(verdict)).count();
    }

    private Map<String, List<ScenarioResult>> byOperation() {
        Map<String, List<ScenarioResult>> grouped = new LinkedHashMap<>();
        Function<ScenarioResult, String> operation = r -> r.operation(OPERATIONS);
        OPERATIONS.forEach(op -> grouped.put(op, results.stream().filter(r -> operation.apply(r).equals(op)).toList()));
        grouped.put("protocol", results.stream().filter(r -> operation.apply(r).equals("protocol")).toList());
        return grouped;
    }

}
