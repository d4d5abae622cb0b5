package io.configconformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statement-by-statement reading of the five pages (docs/coverage.csv, shown in docs/COVERAGE.md) stays true:
 * every non-blank line of every page has one row that quotes it; a statement names the scenarios that check it or
 * says why none does; any other line says what it is; every named scenario exists; and COVERAGE.md is the table with
 * each statement's grade, the strongest evidence tag among its scenarios.
 */
class PageCoverageTest {

    private static final Path TABLE = Path.of("docs", "coverage.csv");
    private static final Path DOCUMENT = Path.of("docs", "COVERAGE.md");
    private static final Path PAGES = Path.of("docs", "api-reference");
    private static final String BEGIN = "<!-- coverage:begin -->";
    private static final String END = "<!-- coverage:end -->";
    private static final Pattern ENTRY = Pattern.compile("\\b[EA]\\d+\\b");

    /** One line of a page as read: a statement with its scenarios or reason, or other text with what it is. */
    record Row(String page, int line, String kind, String text, List<String> scenarios, String reason) {
        boolean statement() {
            return kind.equals("statement");
        }

        @Override
        public String toString() {
            return page + ":" + line;
        }
    }

    private static List<Row> rows;
    /** Every scenario as written, "feature-file-stem: name", with every tag it inherits. */
    private static Map<String, Set<String>> scenarios;

    @BeforeAll
    static void read() throws IOException {
        rows = parse(Files.readAllLines(TABLE, StandardCharsets.UTF_8));
        scenarios = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                String stem = file.getFileName().toString().replace(".feature", "");
                GherkinParser.builder().includeSource(false).includePickles(false).build().parse(file)
                        .map(Envelope::getGherkinDocument).flatMap(Optional::stream)
                        .flatMap(doc -> doc.getFeature().stream()).forEach(feature -> collect(stem, feature));
            }
        }
    }

    private static void collect(String stem, Feature feature) {
        Set<String> featureTags = names(feature.getTags());
        feature.getChildren().forEach(child -> {
            child.getScenario().ifPresent(s -> add(stem, featureTags, Set.of(), s));
            child.getRule().ifPresent(rule -> rule.getChildren().forEach(ruleChild -> ruleChild.getScenario()
                    .ifPresent(s -> add(stem, featureTags, names(rule.getTags()), s))));
        });
    }

    private static void add(String stem, Set<String> featureTags, Set<String> ruleTags, Scenario scenario) {
        Set<String> tags = new LinkedHashSet<>(featureTags);
        tags.addAll(ruleTags);
        tags.addAll(names(scenario.getTags()));
        scenario.getExamples().forEach(examples -> tags.addAll(names(examples.getTags())));
        scenarios.put(stem + ": " + scenario.getName(), tags);
    }

    private static Set<String> names(List<Tag> tags) {
        Set<String> names = new LinkedHashSet<>();
        tags.forEach(tag -> names.add(tag.getName()));
        return names;
    }

    static List<Row> parse(List<String> lines) {
        List<Row> parsed = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = DocumentedError.cells(line);
            List<String> named = cells.get(4).isBlank() ? List.of()
                    : Arrays.stream(cells.get(4).split("; ")).map(String::trim).toList();
            parsed.add(new Row(cells.get(0), Integer.parseInt(cells.get(1)), cells.get(2), cells.get(3), named,
                    cells.get(5)));
        }
        return parsed;
    }

    @Test
    void everyNonBlankLineOfEveryPageHasOneRowThatQuotesIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.list(PAGES)) {
            for (Path page : files.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList()) {
                String number = page.getFileName().toString().substring(0, 3);
                wrong.addAll(unread(number, Files.readString(page, StandardCharsets.UTF_8), rows));
                pages++;
            }
        }
        assertEquals(5, pages, "the five pages were read");
        assertEquals(List.of(), wrong);
    }

    /** The problems of a page's reading: lines without exactly one row, rows that do not quote their line. */
    static List<String> unread(String page, String text, List<Row> table) {
        List<String> wrong = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            int line = n;
            List<Row> found = table.stream().filter(r -> r.page().equals(page) && r.line() == line).toList();
            String quoted = squeezed(lines[n - 1]);
            if (quoted.isEmpty()) {
                found.forEach(r -> wrong.add(r + " is read, but the line is blank"));
            } else if (found.size() != 1) {
                wrong.add(page + ":" + n + " \"" + quoted + "\" has " + found.size() + " rows, not one");
            } else if (found.get(0).text().isEmpty() || !quoted.startsWith(squeezed(found.get(0).text()))) {
                wrong.add(found.get(0) + " quotes \"" + found.get(0).text() + "\", but the line says \"" + quoted + "\"");
            }
        }
        table.stream().filter(r -> r.page().equals(page) && r.line() > lines.length)
                .forEach(r -> wrong.add(r + " is past the page's last line"));
        return wrong;
    }

    /** The text with runs of white space as one space; the pages' no-break spaces count as white space. */
    private static String squeezed(String text) {
        return text.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
    }

    @Test
    void everyStatementHasAScenarioOrAReasonAndEveryOtherLineSaysWhatItIs() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            if (!row.kind().equals("statement") && !row.kind().equals("text")) {
                wrong.add(row + ": kind is statement or text, not " + row.kind());
            } else if (row.statement() && row.scenarios().isEmpty() && row.reason().isBlank()) {
                wrong.add(row + " \"" + row.text() + "\": a statement with no scenario and no reason");
            } else if (!row.statement() && (row.reason().isBlank() || !row.scenarios().isEmpty())) {
                wrong.add(row + ": a line that states nothing says what it is, and names no scenario");
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(rows.stream().filter(Row::statement).count() > 200, "the statements were read: " + rows.size());
    }

    @Test
    void everyNamedScenarioExists() {
        List<String> missing = rows.stream().flatMap(r -> r.scenarios().stream()
                .filter(s -> !scenarios.containsKey(s)).map(s -> r + " names \"" + s + "\"")).toList();
        assertEquals(List.of(), missing, "scenarios named in docs/coverage.csv that no feature holds");
    }

    @Test
    void everyEntryANoteNamesIsInTheRegister() throws IOException {
        String register = Files.readString(Path.of("docs", "ERRATA.md"), StandardCharsets.UTF_8);
        List<String> unknown = rows.stream().flatMap(r -> ENTRY.matcher(r.reason()).results()
                .map(m -> m.group()).filter(e -> !register.contains("| " + e + " |")).map(e -> r + " names " + e))
                .toList();
        assertEquals(List.of(), unknown, "notes in docs/coverage.csv naming entries docs/ERRATA.md does not hold");
    }

    @Test
    void aBrokenReadingIsFound() {
        List<Row> table = List.of(new Row("009", 1, "statement", "Creates a thing.", List.of(), "why"),
                new Row("009", 3, "text", "Renamed heading", List.of(), "a heading"),
                new Row("009", 9, "text", "Gone", List.of(), "a heading"));
        assertEquals(List.of("009:2 \"Deletes a thing.\" has 0 rows, not one",
                        "009:3 quotes \"Renamed heading\", but the line says \"Heading\"",
                        "009:9 is past the page's last line"),
                unread("009", "Creates a thing.\nDeletes a thing.\n  Heading\n", table));
    }

    @Test
    void coverageMdShowsTheTableWithItsGrades() throws IOException {
        String text = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/COVERAGE.md has the generated block");
        String updated = text.substring(0, begin + BEGIN.length()) + "\n" + rendered() + text.substring(end);
        if (Boolean.getBoolean("conformance.write-coverage")) {
            Files.writeString(DOCUMENT, updated, StandardCharsets.UTF_8);
        }
        assertEquals(updated, text, "docs/COVERAGE.md is out of date with docs/coverage.csv or the features' tags;"
                + " rewrite it with -Dconformance.write-coverage=true");
    }

    /** The strongest evidence among the scenarios, or "none" for a statement only a reason covers. */
    private static String grade(Row row) {
        return row.scenarios().stream().filter(scenarios::containsKey).map(s -> Evidence.of(scenarios.get(s)))
                .min(Enum::compareTo)
                .map(e -> e.tag().substring("@evidence-".length())).orElse("none");
    }

    private static String rendered() {
        StringBuilder out = new StringBuilder();
        String page = "";
        for (Row row : rows.stream().filter(Row::statement).toList()) {
            if (!row.page().equals(page)) {
                page = row.page();
                String number = page;
                String operation = DocumentedError.catalogue().stream().filter(e -> e.page().startsWith(number))
                        .findFirst().map(e -> e.operation() + " " + e.version()).orElse("");
                out.append("\n### Page ").append(page).append(": ").append(operation).append("\n\n")
                        .append("| line | statement | scenarios | grade | note |\n|---|---|---|---|---|\n");
            }
            out.append("| ").append(row.line()).append(" | ").append(cell(row.text())).append(" | ")
                    .append(cell(String.join("; ", row.scenarios()))).append(" | ").append(grade(row)).append(" | ")
                    .append(cell(row.reason())).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
