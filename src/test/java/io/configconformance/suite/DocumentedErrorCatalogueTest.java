package io.configconformance.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.report.DocumentedError;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The suite's promise that every documented error has a scenario: the catalogue is checked row by row against the
 * error tables of the reference pages (docs/api-reference), and every catalogue row against the scenarios' tags.
 */
class DocumentedErrorCatalogueTest {

    private static final Path PAGES = Path.of("docs", "api-reference");
    /** A row of an error table, whatever the page's layout: plain text, pipes, or cells run together. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\|?\\s*([45]\\d\\d)\\s*\\|?\\s*([A-Z][A-Za-z0-9.]*)");

    @Test
    void theCatalogueHoldsExactlyTheRowsOfThePagesErrorTables() throws IOException {
        Map<String, List<DocumentedError>> byPage = DocumentedError.catalogue().stream()
                .collect(Collectors.groupingBy(DocumentedError::page));
        int rows = 0;
        try (Stream<Path> pages = Files.list(PAGES)) {
            for (Path page : pages.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).toList()) {
                String name = page.getFileName().toString().replace(".txt", "");
                List<DocumentedError> catalogued = byPage.getOrDefault(name, List.of());
                List<String> fromPage = tableRows(Files.readString(page), catalogued);
                List<String> fromCatalogue = catalogued.stream().map(e -> e.status() + " " + e.code()).toList();
                assertEquals(fromPage.stream().sorted().toList(), fromCatalogue.stream().sorted().toList(), name);
                rows += fromPage.size();
            }
        }
        assertEquals(43, rows, "the five pages document 43 error rows");
    }

    @Test
    void everyRowCarriesThePagesMessageForItsCode() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (DocumentedError row : DocumentedError.catalogue()) {
            String page = Files.readString(PAGES.resolve(row.page() + ".txt")).replaceAll("[\\s|]", "");
            if (row.message().isBlank() || !page.contains((row.code() + row.message()).replaceAll("[\\s|]", ""))) {
                wrong.add(row + ": \"" + row.message() + "\" is not the message of its row in " + row.page());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyDocumentedErrorHasAScenario() throws IOException {
        List<Set<String>> scenarioTags = new ArrayList<>();
        try (Stream<Path> features = Files.walk(Path.of("features"))) {
            for (Path feature : features.filter(p -> p.toString().endsWith(".feature")).toList()) {
                pickles(feature).forEach(p -> scenarioTags.add(
                        p.getTags().stream().map(PickleTag::getName).collect(Collectors.toSet())));
            }
        }
        List<String> uncovered = DocumentedError.catalogue().stream()
                .filter(error -> scenarioTags.stream().noneMatch(tags -> tags.containsAll(error.tags())))
                .map(DocumentedError::toString).toList();
        assertEquals(List.of(), uncovered, "documented errors without a scenario tagged @<operation> @v<version> @<code>");
    }

    @Test
    void everyDocumentedErrorIsCheckedInJsonAndInXml() throws IOException {
        Map<String, Set<String>> formats = new HashMap<>();
        try (Stream<Path> features = Files.walk(Path.of("features"))) {
            for (Path feature : features.filter(p -> p.toString().endsWith(".feature")).toList()) {
                for (Pickle pickle : pickles(feature).toList()) {
                    Set<String> tags = pickle.getTags().stream().map(PickleTag::getName).collect(Collectors.toSet());
                    for (DocumentedError error : DocumentedError.catalogue()) {
                        if (tags.containsAll(error.tags())) {
                            formats.computeIfAbsent(error.toString(), k -> new java.util.TreeSet<>())
                                    .add(pickle.getName().contains("XML") ? "XML" : "JSON");
                        }
                    }
                }
            }
        }
        List<String> missing = DocumentedError.catalogue().stream().map(DocumentedError::toString)
                .filter(key -> !formats.getOrDefault(key, Set.of()).equals(Set.of("JSON", "XML"))).toList();
        assertEquals(List.of(), missing, "documented errors not checked in both formats (scenario names say XML)");
    }

    /** The rows of the page's error table, each named by the longest catalogued code it starts with. */
    private static List<String> tableRows(String page, List<DocumentedError> catalogued) {
        String table = page.substring(Math.max(0, page.indexOf("Error codes")));
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            String cell = row.group(2);
            String code = catalogued.stream().map(DocumentedError::code).filter(cell::startsWith)
                    .max(Comparator.comparingInt(String::length)).orElse(cell);
            rows.add(row.group(1) + " " + code);
        }
        assertTrue(!rows.isEmpty(), "no error table found");
        return rows;
    }

    private static Stream<Pickle> pickles(Path feature) throws IOException {
        return GherkinParser.builder().includeSource(false).includeGherkinDocument(false).includePickles(true).build()
                .parse(feature).map(Envelope::getPickle).flatMap(java.util.Optional::stream);
    }
}
