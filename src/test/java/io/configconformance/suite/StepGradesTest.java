package io.configconformance.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.configconformance.report.DocumentedError;
import io.configconformance.report.Evidence;
import io.configconformance.report.Grade;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every step's grade agrees with its scenario's tag, and none is stronger than its source: a scenario whose own
 * expectations are graded by the page ({@link Grade#ofScenario}) expects only codes its operation's page documents,
 * with the page's status; a scenario graded below the page only through entries the engine applies check by check has
 * a check they grade; and every catalogue row graded below the page names the entries that say why.
 */
class StepGradesTest {

    private static final Pattern FAILS_WITH = Pattern.compile(
            "the call fails with HTTP status (\\d+) and error code \"([^\"]+)\"");
    /** The steps that read through an operation no page covers: GetAggregator, ListAggregators, the recorder's reads. */
    private static final Pattern READS_WITHOUT_PAGE = Pattern.compile("reads the account group|lists its account groups"
            + "|reads its configuration recorder|waits until its configuration recorder|configuration recorder is"
            + " registered|has a custom account group|has a global account group|has \\d+ custom account groups");
    private static final List<String> OPERATIONS = List.of("StartConfigurationRecorder", "PutConfigurationRecorder",
            "CreateAggregator", "UpdateAggregator");

    private static List<Pickle> scenarios;

    @BeforeAll
    static void readFeatures() throws IOException {
        List<Pickle> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build().parse(file)
                        .map(Envelope::getPickle).flatMap(Optional::stream).forEach(all::add);
            }
        }
        scenarios = List.copyOf(all);
    }

    @Test
    void aScenarioGradedByThePageExpectsOnlyCodesItsPageDocuments() {
        List<String> stronger = new ArrayList<>();
        for (Pickle scenario : scenarios) {
            Set<String> tags = tags(scenario);
            if (!Grade.ofScenario(Evidence.of(tags), Evidence.entries(tags)).isPage()) {
                continue;
            }
            for (PickleStep step : scenario.getSteps()) {
                Matcher expected = FAILS_WITH.matcher(step.getText());
                if (expected.find()) {
                    Optional<DocumentedError> row = row(tags, expected.group(2));
                    if (row.isEmpty() || !row.get().evidence().equals(Evidence.PAGE)
                            || row.get().status() != Integer.parseInt(expected.group(1))) {
                        stronger.add(name(scenario) + ": expects " + expected.group(1) + " " + expected.group(2)
                                + ", which its page does not document so; tag the entry that chooses it");
                    }
                }
            }
        }
        assertEquals(List.of(), stronger.stream().distinct().toList());
    }

    @Test
    void aScenarioBelowThePageOnlyForItsReadsReadsThroughAnOperationWithoutAPage() {
        List<String> unexplained = scenarios.stream().filter(s -> {
            Set<String> tags = tags(s);
            return Evidence.entries(tags).equals(List.of("A32"))
                    && s.getSteps().stream().noneMatch(step -> READS_WITHOUT_PAGE.matcher(step.getText()).find());
        }).map(StepGradesTest::name).distinct().toList();
        assertEquals(List.of(), unexplained, "graded sdk for A32 without reading through an operation without a page");
    }

    @Test
    void aRowGradedBelowThePageNamesItsEntries() {
        List<String> unnamed = DocumentedError.catalogue().stream().filter(row -> !Grade.ofRow(row).isPage()
                && Grade.ofRow(row).entries().isEmpty()).map(DocumentedError::toString).toList();
        assertEquals(List.of(), unnamed);
    }

    private static Optional<DocumentedError> row(Set<String> tags, String code) {
        Optional<String> operation = OPERATIONS.stream().filter(op -> tags.contains("@" + op)).findFirst();
        Optional<String> version = tags.stream().filter(t -> t.startsWith("@v")).map(t -> t.substring(2)).findFirst();
        return operation.flatMap(op -> version.flatMap(v -> DocumentedError.find(op, v, code)));
    }

    private static Set<String> tags(Pickle scenario) {
        return scenario.getTags().stream().map(PickleTag::getName).collect(Collectors.toSet());
    }

    private static String name(Pickle scenario) {
        return Path.of(scenario.getUri()).getFileName() + ": " + scenario.getName();
    }
}
