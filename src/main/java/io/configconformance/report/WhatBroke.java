package io.configconformance.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The matrix's first section on a red morning: every scenario that FAILED, then every one that DIFFERS, each with the
 * documented row it covers quoted from its page (status, code and message, linked to the page), the reason in one
 * line and the evidence with its ERRATA entries. Written only when something broke; a green run starts with the
 * summary.
 */
final class WhatBroke {

    private final List<ScenarioResult> broken;
    private final List<DocumentedError> catalogue;

    WhatBroke(List<ScenarioResult> results, List<DocumentedError> catalogue) {
        this.broken = Stream.of("failed", "differs").flatMap(verdict -> results.stream()
                .filter(result -> result.verdict().equals(verdict))).toList();
        this.catalogue = catalogue;
    }

    boolean isEmpty() {
        return broken.isEmpty();
    }

    private Optional<DocumentedError> row(ScenarioResult result) {
        return catalogue.stream().filter(result::covers).findFirst();
    }

    /** "400 AggregatorNameDuplicated: The aggregator name is duplicated." */
    private static String quote(DocumentedError row) {
        return row.status() + " " + row.code() + (row.message().isEmpty() ? "" : ": " + row.message());
    }

    /** The reason once: JUnit's "==> expected: <a> but was: <b>" repeats what the suite's own words already said. */
    static String reason(ScenarioResult result) {
        String reason = result.reason();
        int repeated = reason.indexOf(" ==> expected: <");
        return repeated > 0 && reason.substring(0, repeated).contains("expected") ? reason.substring(0, repeated)
                : reason;
    }

    String markdown() {
        StringBuilder out = new StringBuilder("\n## What broke\n\n| result | scenario | the page's row | reason |"
                + " evidence |\n|---|---|---|---|---|\n");
        broken.forEach(result -> out.append("| ").append(result.verdict().toUpperCase(java.util.Locale.ROOT))
                .append(" | ").append(result.name().replace("|", "\\|")).append(" | ")
                .append(row(result).map(row -> "[" + quote(row).replace("|", "\\|") + "]("
                        + ReferencePages.link(row.page()) + ")").orElse("no documented row"))
                .append(" | ").append(ServiceText.markdown(reason(result))).append(" | ")
                .append(ConformanceMatrix.evidence(result)).append(" |\n"));
        return out.toString();
    }

    String html() {
        StringBuilder out = new StringBuilder("<h2 id=\"what-broke\">What broke</h2><table><tr><th>result</th>"
                + "<th>scenario</th><th>the page's row</th><th>reason</th><th>evidence</th></tr>");
        broken.forEach(result -> out.append("<tr class=\"").append(result.verdict()).append("\"><td>")
                .append(result.verdict().toUpperCase(java.util.Locale.ROOT)).append("</td><td>")
                .append(Html.escape(result.name())).append("</td><td>")
                .append(row(result).map(row -> "<a href=\"" + Html.escape(ReferencePages.link(row.page())) + "\">"
                        + Html.escape(quote(row)) + "</a>").orElse("no documented row"))
                .append("</td><td>").append(Html.escape(reason(result))).append("</td><td>")
                .append(Html.escape(ConformanceMatrix.evidence(result))).append("</td></tr>"));
        return out.append("</table>").toString();
    }
}
