package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.witness.ApiDocsDocuments;
import io.configconformance.witness.MetadataFacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code spec-diff --metadata FILE} against copies of the snapshot the suite was checked with: unchanged it reports
 * nothing; with one documented error, parameter or field changed it names exactly that, with the scenarios it touches;
 * a file that is not api-docs JSON is bad usage, in one line.
 */
class SpecDiffCommandTest {

    @TempDir
    Path folder;

    private record Outcome(int exit, String out, String err) {
    }

    @Test
    void theSnapshotTheSuiteWasCheckedWithChangesNothing() throws IOException {
        for (String version : MetadataFacts.VERSIONS) {
            Outcome outcome = specDiff(snapshot(version, docs -> { }));
            assertEquals(0, outcome.exit(), outcome.out() + outcome.err());
            assertTrue(outcome.out().startsWith("0 changes against the snapshot the suite was checked with"
                    + " (2024-06-24,"), outcome.out());
        }
    }

    @Test
    void aChangedRowIsNamedWithItsScenarios() throws IOException {
        Outcome outcome = specDiff(snapshot("2020-09-07", docs -> error(docs, "CreateAggregator", "400", 6)
                .put("errorMessage", "The aggregator name already exists.")));
        assertEquals(1, outcome.exit(), outcome.err());
        List<String> lines = outcome.out().lines().toList();
        assertEquals("CHANGED CreateAggregator 2020-09-07 error AggregatorNameDuplicated: {\"status\":400,\"code\":"
                + "\"AggregatorNameDuplicated\",\"message\":\"The aggregator name is duplicated.\"} -> {\"status\":400,"
                + "\"code\":\"AggregatorNameDuplicated\",\"message\":\"The aggregator name already exists.\"}",
                lines.get(0));
        assertEquals(List.of(
                "  scenario create_aggregator_2020-09-07.feature: AggregatorNameDuplicated: Two account groups cannot"
                        + " have the same name (JSON)",
                "  scenario create_aggregator_2020-09-07.feature: AggregatorNameDuplicated: Two account groups cannot"
                        + " have the same name (XML)",
                "  catalogue row CreateAggregator 2020-09-07 400 AggregatorNameDuplicated"
                        + " (features/documented-errors.csv)"), lines.subList(1, 4));
        assertTrue(lines.get(4).startsWith("1 change against"), outcome.out());
        assertEquals(5, lines.size(), outcome.out());
    }

    @Test
    void aParameterThatBecomesRequiredAndARemovedFieldAreNamed() throws IOException {
        Outcome outcome = specDiff(snapshot("2020-09-07", docs -> {
            ((ObjectNode) docs.path("apis").path("UpdateAggregator").path("parameters").get(2).path("schema"))
                    .put("required", true);
            ((ObjectNode) docs.path("apis").path("GetAggregator").path("responses").path("200").path("schema")
                    .path("properties").path("Aggregator").path("properties")).remove("FolderId");
        }));
        assertEquals(1, outcome.exit(), outcome.err());
        assertTrue(outcome.out().contains("CHANGED UpdateAggregator 2020-09-07 parameter Description: {\"name\":"
                + "\"Description\",\"in\":\"formData\",\"type\":\"string\",\"required\":false} -> "), outcome.out());
        assertTrue(outcome.out().contains("\n  scenario update_aggregator_2020-09-07.feature: A new description leaves"
                + " name and members alone\n"), outcome.out());
        assertTrue(outcome.out().contains("CHANGED GetAggregator 2020-09-07 field Aggregator/FolderId: removed (was"
                + " \"string\")\n  no scenario names it\n  schemas schemas/json/2020-09-07/GetAggregator.json,"
                + " schemas/xml/2020-09-07/GetAggregator.xsd\n"), outcome.out());
        assertTrue(outcome.out().contains("\n2 changes against"), outcome.out());
    }

    @Test
    void aFileThatIsNotApiDocsIsBadUsageInOneLine() throws IOException {
        for (String text : List.of("{\"apis\": [", "{\"openapi\": \"3.0.0\"}",
                "{\"info\": {\"product\": \"Ecs\", \"version\": \"2014-05-26\"}, \"apis\": {}}")) {
            Path file = Files.writeString(folder.resolve("not-api-docs.json"), text);
            Outcome outcome = specDiff(file);
            assertEquals(2, outcome.exit(), outcome.out());
            assertEquals(1, outcome.err().lines().count(), outcome.err());
            assertTrue(outcome.err().startsWith("spec-diff: " + file + " is "), outcome.err());
            assertFalse(outcome.err().contains("Exception"), outcome.err());
        }
        Outcome missing = specDiff(folder.resolve("absent.json"));
        assertEquals(2, missing.exit());
        assertEquals("spec-diff: cannot read " + folder.resolve("absent.json") + " (NoSuchFileException)\n",
                missing.err());
    }

    @Test
    void extractPrintsTheFactsAsShipped() throws IOException {
        Outcome outcome = specDiff(snapshot("2019-01-08", docs -> { }), "--extract", "--snapshot", "2024-06-24",
                "--source", MetadataFacts.shipped("2019-01-08").facts().path("source").asString());
        assertEquals(0, outcome.exit(), outcome.err());
        assertEquals(MetadataFacts.shipped("2019-01-08").facts(),
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(outcome.out()));
    }

    private static ObjectNode error(ObjectNode docs, String operation, String status, int index) {
        return (ObjectNode) docs.path("apis").path(operation).path("errorCodes").path(status).get(index);
    }

    private Path snapshot(String version, Consumer<ObjectNode> change) throws IOException {
        ObjectNode docs = ApiDocsDocuments.of(MetadataFacts.shipped(version));
        change.accept(docs);
        return Files.writeString(folder.resolve("config-" + version + ".api-docs.json"), docs.toPrettyString(),
                StandardCharsets.UTF_8);
    }

    private static Outcome specDiff(Path metadata, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(new Main());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        List<String> args = new java.util.ArrayList<>(List.of("spec-diff", "--metadata", metadata.toString()));
        args.addAll(List.of(more));
        int exit = commandLine.execute(args.toArray(String[]::new));
        return new Outcome(exit, out.toString(), err.toString());
    }
}
