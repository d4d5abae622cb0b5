package io.configconformance.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The matrix's first section on a red morning: every scenario that FAILED, then every one that DIFFERS, each linked to
 * its exchange in cucumber.html, with the documented row it covers quoted from its page (status, code and message,
 * linked to that line of the page's rendering), what the service answered (status, Code, Message, RequestId), the
 * reason in one line and the evidence with each ERRATA entry linked. Written only when something broke; a green run
 * starts with the summary. Every link is relative to the report folder, so the folder works offline and as a CI
 * artifact.
 */
final class WhatBroke {

    /** The Cucumber report of the run, in the same folder. */
    static final String CUCUMBER_HTML = "cucumber.html";

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

    /**
     * The scenario in cucumber.html. Its html-formatter (22.x) reads the search box from the {@code query} parameter
     * and takes a query that starts with a tag as a tag expression: every tag of the scenario joined by "and" shows
     * that scenario (all rows of its outline), each with its masked exchange and the service's answer attached. A text
     * query would not do: it matches words, and shows every scenario that shares one.
     */
    static String scenarioLink(ScenarioResult result) {
        String expression = result.tags().stream().sorted().map(tag -> tag.replaceAll("([\\\\() ])", "\\\\$1"))
                .collect(java.util.stream.Collectors.joining(" and "));
        return CUCUMBER_HTML + "?query=" + URLEncoder.encode(expression, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The reason once: JUnit's "==> expected: <a> but was: <b>" repeats what the suite's own words already said. */
    static String reason(ScenarioResult result) {
        String reason = result.reason();
        int repeated = reason.indexOf(" ==> expected: <");
        return repeated > 0 && reason.substring(0, repeated).contains("expected") ? reason.substring(0, repeated)
                : reason;
    }

    String markdown() {
        StringBuilder out = new StringBuilder("\n## What broke\n\n| result | scenario | the page's row |"
                + " the service answered | reason | evidence |\n|---|---|---|---|---|---|\n");
        broken.forEach(result -> out.append("| ").append(result.verdict().toUpperCase(Locale.ROOT)).append(" | [")
                .append(ServiceText.markdown(result.name())).append("](").append(scenarioLink(result)).append(") | ")
                .append(row(result).map(row -> "[" + ServiceText.markdown(quote(row)) + "](" + ReferencePages.rowLink(row)
                        + ")").orElse("no documented row"))
                .append(" | ").append(result.answer().markdown())
                .append(" | ").append(ServiceText.markdown(reason(result))).append(" | ")
                .append(evidence(result, entry -> "[" + entry + "](" + Errata.link(entry) + ")")).append(" |\n"));
        return out.toString();
    }

    String html() {
        StringBuilder out = new StringBuilder("<h2 id=\"what-broke\">What broke</h2><table id=\"broken\"><tr>"
                + "<th>result</th><th>scenario</th><th>the page's row</th><th>the service answered</th><th>reason</th>"
                + "<th>evidence</th></tr>");
        broken.forEach(result -> out.append("<tr class=\"").append(result.verdict()).append("\"><td>")
                .append(result.verdict().toUpperCase(Locale.ROOT)).append("</td><td><a class=\"scenario\" href=\"")
                .append(Html.escape(scenarioLink(result))).append("\">").append(Html.escape(result.name()))
                .append("</a></td><td>")
                .append(row(result).map(row -> "<a class=\"page-row\" href=\"" + Html.escape(ReferencePages.rowLink(row))
                        + "\">" + Html.escape(quote(row)) + "</a>").orElse("no documented row"))
                .append("</td><td class=\"answer\">").append(result.answer().html())
                .append("</td><td>").append(Html.escape(reason(result))).append("</td><td>")
                .append(evidence(result, entry -> "<a class=\"entry\" href=\"" + Html.escape(Errata.link(entry)) + "\">"
                        + Html.escape(entry) + "</a>")).append("</td></tr>"));
        return out.append("</table>").toString();
    }

    /** "assumption (A22, A7)", each entry as {@code link} renders it. */
    private static String evidence(ScenarioResult result, java.util.function.UnaryOperator<String> link) {
        List<String> entries = Evidence.entries(result.tags());
        String grade = ConformanceMatrix.grade(result);
        return entries.isEmpty() ? grade : grade + " (" + String.join(", ", entries.stream().map(link).toList()) + ")";
    }
}
