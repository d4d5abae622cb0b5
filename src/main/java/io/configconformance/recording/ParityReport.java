package io.configconformance.recording;

import io.configconformance.ProductVersion;
import io.configconformance.report.Redactor;
import io.configconformance.report.SentSecrets;
import io.configconformance.report.ServiceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code parity.md} and {@code parity.html}: what was compared with what; per operation and version, how many
 * exchanges are the same, differ or were not recorded; per scenario its verdict (a baseline scenario the run did not
 * record is "not compared"); and every difference with its field
 * path, the recorded value and the new one. Both files are rendered from the same tables.
 */
public final class ParityReport {

    /** A table; {@code widths} (per cent, or empty) keep its columns within the page's width. */
    private record Table(String title, List<String> columns, List<Integer> widths, List<Row> rows) {
    }

    /** A row; a consequence of the row above it ({@code follows}) is shown folded under it, not as a finding. */
    private record Row(List<String> cells, boolean follows) {

        static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }
    }

    /** Marks a consequence folded under the difference it follows from. */
    static final String FOLDED = "↳ ";
    /**
     * Tables take the window's width and long values (signed URLs, Recommend links, XML) wrap anywhere, so every
     * column, "now" the last, stays on a 1280 px screen.
     */
    private static final String STYLE = "body{font-family:sans-serif;margin:8px}p{overflow-wrap:anywhere}"
            + "table{border-collapse:collapse;width:100%;table-layout:fixed}td,th{border:1px solid #ccc;"
            + "padding:2px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere;word-break:break-word}"
            + "tr.follows td{color:#666;border-top:none}";

    private final List<Parity.ScenarioResult> results;
    private final String baseline;
    private final String endpoint;
    private final Instant time;

    public ParityReport(List<Parity.ScenarioResult> results, String baseline, String endpoint, Instant time) {
        this.results = results;
        this.baseline = baseline;
        this.endpoint = endpoint;
        this.time = time;
    }

    public long count(Parity.Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** The ids of the scenarios with this verdict, in report order. */
    public List<String> scenarios(Parity.Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).map(Parity.ScenarioResult::id).toList();
    }

    /** The differences that are findings of their own: a consequence of another (see {@link #consequences}) is not. */
    public List<Parity.Difference> differences() {
        return results.stream().flatMap(r -> r.differences().stream()).filter(d -> !d.derived()).toList();
    }

    /** The differences of the same answer that follow from {@code cause} (the Recommend URL of a changed Code). */
    public List<Parity.Difference> consequences(Parity.Difference cause) {
        return results.stream().flatMap(r -> r.differences().stream())
                .filter(d -> d.derived() && d.scenario().equals(cause.scenario())
                        && d.exchange().equals(cause.exchange()) && d.followsFrom().equals(cause.path()))
                .toList();
    }

    /** The console's last line: the totals. */
    public String totals() {
        return "parity: " + differences().size() + " differences; " + results.size() + " scenarios: "
                + count(Parity.Verdict.SAME) + " same, " + count(Parity.Verdict.DIFFERS) + " differ, "
                + count(Parity.Verdict.NOT_RECORDED) + " not recorded, " + count(Parity.Verdict.NOT_COMPARED)
                + " not compared";
    }

    /** Writes parity.md and parity.html, masked of the secrets of the run compared ({@code secrets}) and patterns. */
    public void write(Path reports, SentSecrets secrets) throws IOException {
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("parity.md"), Redactor.redact(markdown(), secrets), StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("parity.html"), Redactor.redact(html(), secrets), StandardCharsets.UTF_8);
    }

    private String header() {
        return "Baseline " + baseline + " · endpoint " + endpoint + " · "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC).format(time)
                + " · config-conformance " + ProductVersion.text();
    }

    private List<Table> tables() {
        Map<String, long[]> byOperation = new TreeMap<>();
        results.forEach(r -> r.exchanges().forEach(e ->
                byOperation.computeIfAbsent(e.operation(), k -> new long[Parity.Verdict.values().length])[e.verdict().ordinal()]++));
        List<Row> operations = new ArrayList<>();
        byOperation.forEach((operation, counts) -> operations.add(Row.of(operation, String.valueOf(counts[0]),
                String.valueOf(counts[1]), String.valueOf(counts[2]))));
        List<Row> differences = new ArrayList<>();
        differences().forEach(d -> {
            differences.add(Row.of(d.scenario(), d.exchange(), d.path(), d.recorded(), d.now()));
            consequences(d).forEach(c -> differences.add(new Row(List.of("", "", FOLDED + c.field(), c.recorded(),
                    c.now()), true)));
        });
        List<Row> scenarios = new ArrayList<>();
        results.forEach(r -> scenarios.add(Row.of(r.id(), r.verdict().text(),
                String.valueOf(r.differences().stream().filter(d -> !d.derived()).count()))));
        return List.of(
                new Table("Exchanges by operation and version", List.of("operation", "same", "differs",
                        "not recorded"), List.of(), operations),
                new Table("Differences", List.of("scenario", "exchange", "field", "recorded", "now"),
                        List.of(16, 18, 16, 25, 25), differences),
                new Table("Scenarios", List.of("scenario", "verdict", "differences"), List.of(), scenarios));
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# Parity with a recording\n\n").append(header()).append("\n\n")
                .append(totals()).append("\n");
        for (Table table : tables()) {
            out.append("\n## ").append(table.title()).append("\n\n");
            if (table.rows().isEmpty()) {
                out.append("None.\n");
                continue;
            }
            out.append("| ").append(String.join(" | ", table.columns())).append(" |\n|")
                    .append(" --- |".repeat(table.columns().size())).append("\n");
            table.rows().forEach(row -> out.append("| ").append(String.join(" | ", row.cells().stream()
                    .map(ServiceText::markdown).toList())).append(" |\n"));
        }
        return out.toString();
    }

    String html() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Parity"
                + "</title><style>" + STYLE + "</style></head><body><h1>Parity with a"
                + " recording</h1><p>").append(escape(header())).append("</p><p>").append(escape(totals()))
                .append("</p>");
        for (Table table : tables()) {
            out.append("<h2>").append(escape(table.title())).append("</h2>");
            if (table.rows().isEmpty()) {
                out.append("<p>None.</p>");
                continue;
            }
            out.append("<table>");
            if (!table.widths().isEmpty()) {
                out.append("<colgroup>");
                table.widths().forEach(w -> out.append("<col style=\"width:").append(w).append("%\">"));
                out.append("</colgroup>");
            }
            out.append("<tr>");
            table.columns().forEach(c -> out.append("<th>").append(escape(c)).append("</th>"));
            out.append("</tr>");
            table.rows().forEach(row -> {
                out.append(row.follows() ? "<tr class=\"follows\">" : "<tr>");
                row.cells().forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
                out.append("</tr>");
            });
            out.append("</table>");
        }
        return out.append("</body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
