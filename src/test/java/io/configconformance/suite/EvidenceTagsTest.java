package io.configconformance.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.report.DocumentedError;
import io.configconformance.report.Evidence;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.Rule;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every expectation carries its evidence: each scenario has exactly one {@code @evidence-*} tag, names the ERRATA
 * entries its grade needs (and only entries that exist), a page-graded scenario cites its page and section, no
 * scenario claims more than the documented-error row it covers, and docs/ERRATA.md lists the scenarios resting on
 * each entry.
 */
class EvidenceTagsTest {

    private static final Path ERRATA = Path.of("docs", "ERRATA.md");
    private static final Pattern ENTRY_ROW = Pattern.compile("(?m)^\\| ([EA]\\d+) \\|");
    private static final Pattern CITATION = Pattern.compile("Page \\d{3}, \"[^\"]+\"");
    private static final String BEGIN = "<!-- scenarios:begin -->";
    private static final String END = "<!-- scenarios:end -->";

    /** A scenario as written (an outline once): its file, name, every tag it inherits, and the text that cites. */
    record Written(String file, String name, Set<String> tags, String citation) {
        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    private static List<Written> scenarios;

    @BeforeAll
    static void readFeatures() throws IOException {
        List<Written> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                GherkinParser.builder().includeSource(false).includePickles(false).includeGherkinDocument(true).build()
                        .parse(file).map(Envelope::getGherkinDocument).flatMap(java.util.Optional::stream)
                        .flatMap(doc -> doc.getFeature().stream())
                        .forEach(feature -> collect(file.getFileName().toString(), feature, all));
            }
        }
        scenarios = List.copyOf(all);
    }

    private static void collect(String file, Feature feature, List<Written> into) {
        Set<String> featureTags = names(feature.getTags());
        for (FeatureChild child : feature.getChildren()) {
            child.getScenario().ifPresent(s -> into.add(written(file, featureTags, Set.of(), "", s)));
            child.getRule().ifPresent(rule -> collect(file, featureTags, rule, into));
        }
    }

    private static void collect(String file, Set<String> featureTags, Rule rule, List<Written> into) {
        for (RuleChild child : rule.getChildren()) {
            child.getScenario().ifPresent(s -> into.add(written(file, featureTags, names(rule.getTags()),
                    rule.getDescription(), s)));
        }
    }

    private static Written written(String file, Set<String> featureTags, Set<String> ruleTags, String ruleText,
                                   io.cucumber.messages.types.Scenario scenario) {
        Set<String> tags = new LinkedHashSet<>(featureTags);
        tags.addAll(ruleTags);
        tags.addAll(names(scenario.getTags()));
        scenario.getExamples().forEach(examples -> tags.addAll(names(examples.getTags())));
        return new Written(file, scenario.getName(), tags, scenario.getDescription() + "\n" + ruleText);
    }

    private static Set<String> names(List<Tag> tags) {
        return tags.stream().map(Tag::getName).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Test
    void everyScenarioHasExactlyOneEvidenceTag() {
        List<String> wrong = new ArrayList<>();
        for (Written scenario : scenarios) {
            try {
                Evidence.of(scenario.tags());
            } catch (IllegalArgumentException e) {
                wrong.add(scenario + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(scenarios.size() > 80, "the features were read: " + scenarios.size());
    }

    @Test
    void everyNamedEntryExistsAndEveryGradeNamesWhatItRestsOn() throws IOException {
        Set<String> register = registerEntries();
        List<String> wrong = new ArrayList<>();
        for (Written scenario : scenarios) {
            List<String> entries = Evidence.entries(scenario.tags());
            entries.stream().filter(e -> !register.contains(e))
                    .forEach(e -> wrong.add(scenario + ": names " + e + ", which docs/ERRATA.md does not hold"));
            boolean errata = entries.stream().anyMatch(e -> e.startsWith("E"));
            boolean assumptions = entries.stream().anyMatch(e -> e.startsWith("A"));
            String problem = switch (Evidence.of(scenario.tags())) {
                case PAGE -> entries.isEmpty() ? null : "page-graded, yet rests on " + entries;
                case CONTESTED -> errata && !assumptions ? null : "contested names the erratum (and no assumption)";
                case SDK -> entries.isEmpty() ? "sdk-graded names the entry of the SDK model it rests on" : null;
                case ASSUMPTION -> assumptions ? null : "assumption-graded names its assumption";
            };
            if (problem != null) {
                wrong.add(scenario + ": " + problem);
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(register.containsAll(List.of("E1", "E14", "A1", "A32")), "the register was read: " + register);
    }

    @Test
    void everyPageGradedScenarioCitesItsPageAndSection() {
        List<String> uncited = scenarios.stream().filter(s -> Evidence.of(s.tags()) == Evidence.PAGE)
                .filter(s -> !CITATION.matcher(s.citation()).find()).map(Written::toString).toList();
        assertEquals(List.of(), uncited, "@evidence-page scenarios whose description or Rule says no 'Page 00N, \"section\"'");
    }

    @Test
    void noScenarioClaimsMoreThanTheDocumentedErrorItCovers() {
        List<String> wrong = new ArrayList<>();
        for (DocumentedError row : DocumentedError.catalogue()) {
            scenarios.stream().filter(s -> s.tags().containsAll(row.tags()))
                    .filter(s -> Evidence.of(s.tags()).compareTo(row.evidence()) < 0)
                    .forEach(s -> wrong.add(s + " is " + Evidence.of(s.tags()) + " but covers " + row + ", which is "
                            + row.evidence()));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theRegisterListsTheScenariosRestingOnEachEntry() throws IOException {
        String text = Files.readString(ERRATA, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/ERRATA.md has the generated block");
        String expected = restingOn();
        String updated = text.substring(0, begin + BEGIN.length()) + "\n" + expected + text.substring(end);
        if (Boolean.getBoolean("conformance.write-errata")) {
            Files.writeString(ERRATA, updated, StandardCharsets.UTF_8);
        }
        assertEquals(updated, text, "docs/ERRATA.md's list of scenarios per entry is out of date; rewrite it with"
                + " -Dconformance.write-errata=true");
    }

    private static String restingOn() throws IOException {
        Map<String, List<String>> byEntry = new TreeMap<>((a, b) -> a.charAt(0) != b.charAt(0)
                ? Character.compare(b.charAt(0), a.charAt(0))
                : Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1))));
        registerEntries().forEach(entry -> byEntry.put(entry, new ArrayList<>()));
        for (Written scenario : scenarios) {
            Evidence.entries(scenario.tags()).forEach(entry -> byEntry.computeIfAbsent(entry, e -> new ArrayList<>())
                    .add(scenario.toString()));
        }
        StringBuilder out = new StringBuilder();
        byEntry.forEach((entry, list) -> {
            out.append("- **").append(entry).append("**: ");
            out.append(list.isEmpty() ? "no scenario rests on it"
                    : String.join("; ", list));
            out.append('\n');
        });
        return out.toString();
    }

    private static Set<String> registerEntries() throws IOException {
        Matcher rows = ENTRY_ROW.matcher(Files.readString(ERRATA, StandardCharsets.UTF_8));
        Set<String> entries = new LinkedHashSet<>();
        while (rows.find()) {
            entries.add(rows.group(1));
        }
        return entries;
    }
}
