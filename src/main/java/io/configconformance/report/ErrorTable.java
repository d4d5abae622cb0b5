package io.configconformance.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conformance matrix's table of the 43 documented error rows: each row's page (linked), operation, version,
 * status and code, its result with the reason (a failure's first line, the ERRATA entry a DIFFERS verdict names, each
 * with what the service answered; why it was not run) and its scenarios. In HTML each result has its colour and the rows can be filtered by operation and
 * by result, by a script inside the file.
 */
final class ErrorTable {

    /** One documented error row as the table shows it. */
    record Row(DocumentedError error, String result, String reason, List<ScenarioResult> scenarios) {

        /** The CSS class and filter value of the result: passed, failed, differs, not-run, not-covered. */
        String key() {
            return result.replace(' ', '-');
        }
    }

    private final List<Row> rows;

    ErrorTable(Map<DocumentedError, List<ScenarioResult>> coverage) {
        this.rows = coverage.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList();
    }

    List<Row> rows() {
        return rows;
    }

    static Row row(DocumentedError error, List<ScenarioResult> covering) {
        String verdict = ConformanceMatrix.verdict(covering);
        return switch (verdict) {
            case "not covered" -> new Row(error, verdict, "no scenario carries " + String.join(" ", error.tags()),
                    covering);
            case "skipped" -> new Row(error, "not run", firstReason(covering, "skipped"), covering);
            case "passed" -> new Row(error, verdict, "", covering);
            case "not reached" -> new Row(error, verdict, firstReason(covering, verdict), covering);
            default -> new Row(error, verdict, brokenReason(covering, verdict), covering);
        };
    }

    /** A failure's or a DIFFERS' reason with what the service answered to the check (its "none"s included). */
    private static String brokenReason(List<ScenarioResult> covering, String verdict) {
        return covering.stream().filter(r -> r.verdict().equals(verdict)).findFirst()
                .map(r -> (r.reason().isBlank() ? "no reason given" : WhatBroke.reason(r)) + " (the service answered "
                        + r.answer().oneLine() + ")").orElse("no reason given");
    }

    private static String firstReason(List<ScenarioResult> covering, String verdict) {
        return covering.stream().filter(r -> r.verdict().equals(verdict)).map(ScenarioResult::reason)
                .filter(reason -> !reason.isBlank()).findFirst().orElse("no reason given");
    }

    String markdown() {
        StringBuilder out = new StringBuilder("| page | operation | version | status | code | result | reason |"
                + " scenarios |\n|---|---|---|---|---|---|---|---|\n");
        rows.forEach(row -> out.append("| [").append(ReferencePages.title(row.error().page())).append("](")
                .append(ReferencePages.link(row.error().page())).append(") | ")
                .append(String.join(" | ", row.error().operation(), row.error().version(),
                        String.valueOf(row.error().status()), witnessed(row.error()), row.result(),
                        ServiceText.markdown(row.reason()), String.valueOf(row.scenarios().size())))
                .append(" |\n"));
        return out.toString();
    }

    String html() {
        StringBuilder out = new StringBuilder("<div id=\"filters\"><label>Operation <select id=\"filter-operation\">"
                + "<option value=\"\">all</option>");
        options(rows.stream().map(r -> r.error().operation()).toList(), out);
        out.append("</select></label> <label>Result <select id=\"filter-result\"><option value=\"\">all</option>");
        options(rows.stream().map(Row::key).toList(), out);
        out.append("</select></label> <span id=\"shown\"></span></div>"
                + "<table id=\"documented-errors\"><tr><th>page</th><th>operation</th><th>version</th><th>status</th>"
                + "<th>code</th><th>result</th><th>reason</th><th>scenarios</th></tr>");
        rows.forEach(row -> {
            out.append("<tr class=\"").append(row.key()).append("\" data-operation=\"")
                    .append(Html.escape(row.error().operation())).append("\" data-result=\"").append(row.key())
                    .append("\"><td><a href=\"").append(Html.escape(ReferencePages.link(row.error().page())))
                    .append("\">").append(Html.escape(ReferencePages.title(row.error().page()))).append("</a></td>");
            for (String cell : List.of(row.error().operation(), row.error().version(),
                    String.valueOf(row.error().status()), witnessed(row.error()), row.result(), row.reason())) {
                out.append("<td>").append(Html.escape(cell)).append("</td>");
            }
            out.append("<td>").append(scenarioList(row.scenarios())).append("</td></tr>");
        });
        return out.append("</table><script>").append(FILTER_SCRIPT).append("</script>").toString();
    }

    /** The code, marked where only its page states it (docs/witnesses.md). */
    private static String witnessed(DocumentedError error) {
        return error.pageOnly() ? error.code() + " (page-only)" : error.code();
    }

    private static void options(List<String> values, StringBuilder out) {
        Set<String> distinct = new LinkedHashSet<>(values);
        distinct.forEach(value -> out.append("<option>").append(Html.escape(value)).append("</option>"));
    }

    private static String scenarioList(List<ScenarioResult> scenarios) {
        if (scenarios.isEmpty()) {
            return "0";
        }
        StringBuilder list = new StringBuilder("<details><summary>").append(scenarios.size())
                .append(scenarios.size() == 1 ? " scenario" : " scenarios").append("</summary><ul>");
        scenarios.forEach(r -> list.append("<li class=\"").append(r.verdict().replace(' ', '-')).append("\">")
                .append(Html.escape(r.name())).append(" (").append(r.verdict()).append(")</li>"));
        return list.append("</ul></details>").toString();
    }

    /** Shows the rows that match both filters and says how many; marks the table once it has run. */
    private static final String FILTER_SCRIPT = "(function(){"
            + "var table=document.getElementById('documented-errors');"
            + "var operation=document.getElementById('filter-operation');"
            + "var result=document.getElementById('filter-result');"
            + "var shown=document.getElementById('shown');"
            + "var rows=Array.prototype.slice.call(table.querySelectorAll('tr[data-result]'));"
            + "function apply(){var n=0;rows.forEach(function(row){"
            + "var show=(!operation.value||row.dataset.operation===operation.value)"
            + "&&(!result.value||row.dataset.result===result.value);"
            + "row.hidden=!show;if(show){n++;}});"
            + "shown.textContent=n+' of '+rows.length+' rows shown';}"
            + "operation.addEventListener('change',apply);result.addEventListener('change',apply);apply();"
            + "table.setAttribute('data-filters','ready');})();";
}
