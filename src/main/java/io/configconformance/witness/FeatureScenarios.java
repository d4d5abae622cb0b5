package io.configconformance.witness;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The suite's scenarios as the features shipped with it state them (inside the jar, or features/ on the class path of
 * a build): each with its feature file, its name (an outline's examples give several), its tags and the text of its
 * steps, so that a fact of the metadata can be traced to the scenarios that test it.
 */
public record FeatureScenarios(List<Scenario> scenarios) {

    /** One scenario: where it is written, its name, every tag it carries and its steps' text with their arguments. */
    public record Scenario(String feature, String name, Set<String> tags, String text) {

        public boolean tagged(String... wanted) {
            return tags.containsAll(List.of(wanted));
        }

        /** "create_aggregator_2020-09-07.feature: A custom account group holds the member accounts listed". */
        public String title() {
            return feature + ": " + name;
        }
    }

    /** The features shipped with the suite: the folder or jar entry that holds features/documented-errors.csv. */
    public static FeatureScenarios shipped() {
        URL catalogue = FeatureScenarios.class.getClassLoader().getResource("features/documented-errors.csv");
        if (catalogue == null) {
            throw new IllegalStateException("features/ is missing from the classpath");
        }
        return besides(catalogue);
    }

    /** The features in the folder of a resource, in a directory or inside a jar. */
    static FeatureScenarios besides(URL resource) {
        try {
            URI uri = resource.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri).getParent());
            }
            String entry = uri.toString().substring(uri.toString().indexOf("!/") + 1);
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.getPath(entry).getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static FeatureScenarios read(Path folder) throws IOException {
        // An outline's examples repeat the scenario; examples with their own tags stay apart.
        Map<String, Scenario> byName = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                String feature = file.getFileName().toString();
                GherkinParser.builder().includeSource(false).includeGherkinDocument(false).includePickles(true)
                        .build().parse(feature, in).map(Envelope::getPickle).flatMap(Optional::stream)
                        .map(pickle -> scenario(feature, pickle))
                        .forEach(s -> byName.putIfAbsent(s.title() + "\n" + new java.util.TreeSet<>(s.tags()), s));
            }
        }
        return new FeatureScenarios(List.copyOf(byName.values()));
    }

    private static Scenario scenario(String feature, Pickle pickle) {
        Set<String> tags = pickle.getTags().stream().map(PickleTag::getName).collect(Collectors.toSet());
        List<String> text = new ArrayList<>(List.of(pickle.getName()));
        for (PickleStep step : pickle.getSteps()) {
            text.add(step.getText());
            step.getArgument().ifPresent(argument -> {
                argument.getDocString().ifPresent(doc -> text.add(doc.getContent()));
                argument.getDataTable().ifPresent(table -> table.getRows().forEach(row ->
                        row.getCells().forEach(cell -> text.add(cell.getValue()))));
            });
        }
        return new Scenario(feature, pickle.getName(), tags, String.join("\n", text));
    }

    /** The scenarios of an operation in a version ({@code @CreateAggregator @v2020-09-07}). */
    public List<Scenario> of(String operation, String version) {
        return scenarios.stream().filter(s -> s.tagged("@" + operation, "@v" + version)).toList();
    }
}
