package io.configconformance.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenarios spec-diff traces changes to, read from features/ in a build and from inside the executable jar. */
class FeatureScenariosTest {

    private static final String FEATURE = """
            @CreateAggregator @v2020-09-07
            Feature: Account groups

              @AggregatorNameDuplicated
              Scenario Outline: Two account groups cannot have the same name (<format>)
                When the management account creates a group named "Test_Group" with a description
                Then the call fails

                Examples:
                  | format |
                  | JSON   |
                  | XML    |
            """;

    @TempDir
    Path folder;

    @Test
    void theShippedFeaturesAreReadWithEveryTagTheyInherit() {
        FeatureScenarios shipped = FeatureScenarios.shipped();
        List<FeatureScenarios.Scenario> named = shipped.scenarios().stream()
                .filter(s -> s.tagged("@CreateAggregator", "@v2020-09-07", "@AggregatorNameDuplicated")).toList();
        assertEquals(2, named.size(), named.toString());
        assertTrue(shipped.of("UpdateAggregator", "2020-09-07").size() > 10);
    }

    @Test
    void featuresInsideAJarAreReadAsInAFolder() throws IOException {
        Path jar = folder.resolve("config-conformance.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "features/documented-errors.csv", "page,operation\n");
            entry(out, "features/aggregator/create_aggregator_2020-09-07.feature", FEATURE);
        }
        FeatureScenarios inJar = FeatureScenarios.besides(
                URI.create("jar:" + jar.toUri() + "!/features/documented-errors.csv").toURL());
        String title = "create_aggregator_2020-09-07.feature: Two account groups cannot have the same name";
        assertEquals(List.of(title + " (JSON)", title + " (XML)"),
                inJar.scenarios().stream().map(FeatureScenarios.Scenario::title).toList());
        assertTrue(inJar.scenarios().get(0).tagged("@CreateAggregator", "@AggregatorNameDuplicated"));
        assertTrue(inJar.scenarios().get(0).text().contains("with a description"));
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
