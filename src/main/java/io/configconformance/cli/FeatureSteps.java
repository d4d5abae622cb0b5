package io.configconformance.cli;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.launcher.TestIdentifier;

/**
 * The steps of a discovered scenario, read from its feature file: the engine tells where a scenario (or an outline's
 * example row) is, Gherkin's own parser gives the pickle there, with the outline's values filled in.
 */
final class FeatureSteps {

    /** Per feature file, the steps of each pickle by the line of its scenario or example row. */
    private final Map<String, Map<Integer, List<String>>> byFile = new HashMap<>();

    List<String> of(TestIdentifier test) {
        TestSource source = test.getSource().orElseThrow(() -> new IllegalStateException(
                "the engine gave no source for " + test.getDisplayName()));
        if (!(source instanceof ClasspathResourceSource resource)) {
            throw new IllegalStateException("not a feature on the class path: " + source);
        }
        int line = resource.getPosition().map(FilePosition::getLine).orElse(-1);
        List<String> steps = byFile.computeIfAbsent(resource.getClasspathResourceName(), FeatureSteps::parse)
                .get(line);
        if (steps == null) {
            throw new IllegalStateException("no scenario at line " + line + " of " + resource.getClasspathResourceName());
        }
        return steps;
    }

    private static Map<Integer, List<String>> parse(String resource) {
        try (InputStream in = FeatureSteps.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            List<Envelope> envelopes = GherkinParser.builder().includeSource(false).build()
                    .parse(resource, in).toList();
            Map<String, Integer> lines = new HashMap<>();
            envelopes.stream().flatMap(envelope -> envelope.getGherkinDocument().stream())
                    .forEach(document -> lines.putAll(lines(document)));
            Map<Integer, List<String>> steps = new HashMap<>();
            envelopes.stream().flatMap(envelope -> envelope.getPickle().stream()).forEach(pickle -> steps.put(
                    lines.get(last(pickle)), pickle.getSteps().stream().map(PickleStep::getText).toList()));
            return steps;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String last(Pickle pickle) {
        return pickle.getAstNodeIds().get(pickle.getAstNodeIds().size() - 1);
    }

    /** The line of every scenario and example row of the document, by its id. */
    private static Map<String, Integer> lines(GherkinDocument document) {
        Map<String, Integer> lines = new HashMap<>();
        document.getFeature().ifPresent(feature -> feature.getChildren().forEach(child -> {
            child.getScenario().ifPresent(scenario -> scenarioLines(scenario, lines));
            child.getRule().ifPresent(rule -> rule.getChildren().forEach(ruleChild ->
                    ruleChild.getScenario().ifPresent(scenario -> scenarioLines(scenario, lines))));
        }));
        return lines;
    }

    private static void scenarioLines(io.cucumber.messages.types.Scenario scenario, Map<String, Integer> lines) {
        lines.put(scenario.getId(), scenario.getLocation().getLine().intValue());
        scenario.getExamples().forEach(examples -> examples.getTableBody().forEach(row ->
                lines.put(row.getId(), row.getLocation().getLine().intValue())));
    }
}
