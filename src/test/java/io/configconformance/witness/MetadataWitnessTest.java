package io.configconformance.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.emulator.operations.OperationTable;
import io.configconformance.report.DocumentedError;
import io.configconformance.report.Evidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API metadata as a witness (docs/witnesses.md): the shipped facts are the snapshot's, and the documented-error
 * catalogue and the JSON schemas are held against them. A page row the metadata lacks is page-only, one it
 * contradicts is graded contested and named in docs/ERRATA.md; a schema field never has another type in the
 * metadata; docs/witnesses.md says, for every catalogue row and schema field, which witnesses state it.
 */
class MetadataWitnessTest {

    private static final Path ERRATA = Path.of("docs", "ERRATA.md");
    private static final Path WITNESSES = Path.of("docs", "witnesses.md");
    /** The snapshot reduced to its facts (its README), or a full snapshot named by -Dconformance.openmeta. */
    private static final Path UPSTREAM = Path.of(System.getProperty("conformance.openmeta",
            "src/test/resources/openmeta"));

    @ParameterizedTest
    @ValueSource(strings = {"2019-01-08", "2020-09-07"})
    void theShippedFactsAreTheSnapshotsFacts(String version) throws IOException {
        Path upstream = UPSTREAM.resolve("config-" + version + ".api-docs.json");
        ObjectNode shipped = (ObjectNode) MetadataFacts.shipped(version).facts().deepCopy();
        assertEquals("2024-06-24", shipped.remove("snapshot").asString());
        assertTrue(shipped.remove("source").asString().contains("2da261e4"));
        assertEquals(shipped, ApiDocsFacts.extract(Files.readString(upstream), OperationTable.standard()::actionsOf));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-01-08", "2020-09-07"})
    void theFactsCoverTheOperationsTheEmulatorSpeaks(String version) {
        assertEquals(OperationTable.standard().actionsOf(version),
                Set.copyOf(MetadataFacts.shipped(version).operations()));
        ObjectNode written = ApiDocsDocuments.of(MetadataFacts.shipped(version));
        ObjectNode shipped = (ObjectNode) MetadataFacts.shipped(version).facts().deepCopy();
        shipped.remove("snapshot");
        shipped.remove("source");
        assertEquals(shipped, ApiDocsFacts.extract(written.toString(), OperationTable.standard()::actionsOf));
    }

    @Test
    void fourPageRowsAreUnbackedAndNoneIsContradicted() throws IOException {
        assertEquals(List.of("PutConfigurationRecorder 2019-01-08 400 EnterpriseEditionAllResourceTypesDefault",
                "StartConfigurationRecorder 2019-01-08 400 EnterpriseEditonAlreadyUpgraded",
                "StartConfigurationRecorder 2019-01-08 400 RDEnableConfigAccessFail",
                "StartConfigurationRecorder 2019-01-08 400 EnterpriseEditionAllResourceTypesDefault"),
                DocumentedError.catalogue().stream().filter(DocumentedError::pageOnly).map(Object::toString).toList());
        String erratum = entry("E18");
        DocumentedError.catalogue().stream().filter(DocumentedError::pageOnly)
                .forEach(row -> assertTrue(erratum.contains(row.code()), "E18 names " + row));
        assertEquals(39, DocumentedError.catalogue().stream()
                .filter(row -> row.witnesses().equals(List.of("page", "metadata"))).count());
    }

    @Test
    void aRowTheMetadataContradictsIsGradedContestedAndNamedInTheRegister() throws IOException {
        String register = Files.readString(ERRATA);
        for (DocumentedError row : DocumentedError.catalogue()) {
            if (row.witnesses().contains("metadata contradicts")) {
                assertTrue(row.evidence() != Evidence.PAGE, row + " is contradicted by the metadata, yet page-graded");
                assertTrue(register.contains(row.code()), row + " is contradicted by the metadata, without an entry");
            }
        }
    }

    @Test
    void theMetadataDocumentsNoRowOfAPagedOperationThatTheCatalogueLacks() {
        for (DocumentedError paged : DocumentedError.catalogue()) {
            JsonNode operation = MetadataFacts.shipped(paged.version()).operation(paged.operation());
            for (JsonNode row : ApiDocsFacts.errorRows(operation)) {
                assertTrue(DocumentedError.find(paged.operation(), paged.version(), row.path("code").asString())
                        .isPresent(), paged.operation() + " " + paged.version() + " " + row);
            }
        }
    }

    @Test
    void noSchemaFieldHasAnotherTypeInTheMetadata() {
        List<SchemaFieldWitnesses.Field> contradicted = SchemaFieldWitnesses.all().stream()
                .filter(f -> f.witnesses().stream().anyMatch(w -> w.startsWith("metadata contradicts"))).toList();
        assertEquals(List.of(), contradicted);
    }

    @Test
    void everySchemaFieldStatedByNoWitnessButTheSchemaIsNamed() {
        assertEquals(List.of(), SchemaFieldWitnesses.all().stream().filter(f -> f.witnesses().isEmpty())
                .map(f -> f.operation() + " " + f.path()).toList(), "a field in a schema that no witness states");
    }

    @Test
    void docsWitnessesSaysWhichWitnessesStateEachRowAndField() throws IOException {
        String text = Files.readString(WITNESSES, StandardCharsets.UTF_8);
        String updated = WitnessTables.rewrite(text);
        if (Boolean.getBoolean("conformance.write-witnesses")) {
            Files.writeString(WITNESSES, updated, StandardCharsets.UTF_8);
        }
        assertEquals(updated, text, "docs/witnesses.md's tables are out of date; rewrite them with"
                + " -Dconformance.write-witnesses=true");
    }

    private static String entry(String id) throws IOException {
        return Files.readString(ERRATA).lines().filter(line -> line.startsWith("| " + id + " |")).findFirst()
                .orElseThrow(() -> new AssertionError("docs/ERRATA.md has no entry " + id));
    }
}
