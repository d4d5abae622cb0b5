package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.witness.ApiDocsDocuments;
import io.configconformance.witness.MetadataFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code spec-diff} as users run it, from the executable jar: the facts and the features it traces changes to are
 * read from inside the jar.
 */
class SpecDiffJarIT {

    @TempDir
    Path folder;

    @Test
    void theJarNamesAChangedRowWithItsScenarios() throws Exception {
        ObjectNode docs = ApiDocsDocuments.of(MetadataFacts.shipped("2019-01-08"));
        ((ObjectNode) docs.path("apis").path("PutConfigurationRecorder").path("errorCodes").path("400").get(1))
                .put("errorMessage", "The specified ResourceTypes is invalid.");
        Path snapshot = Files.writeString(folder.resolve("config-2019-01-08.api-docs.json"), docs.toString());
        JarProcess.Result result = JarProcess.run(60, "spec-diff", "--metadata", snapshot.toString());
        assertEquals(1, result.exitCode(), result.stdout() + result.stderr());
        assertTrue(result.stdout().startsWith("CHANGED PutConfigurationRecorder 2019-01-08 error"
                + " Invalid.ResourceTypes.Value: "), result.stdout());
        assertTrue(result.stdout().contains("\n  scenario put_configuration_recorder_2019-01-08.feature:"
                + " Invalid.ResourceTypes.Value: "), result.stdout());
        assertTrue(result.stdout().contains("\n1 change against the snapshot the suite was checked with (2024-06-24,"),
                result.stdout());
    }

    @Test
    void theJarRefusesAFileThatIsNotApiDocsInOneLine() throws Exception {
        Path notApiDocs = Files.writeString(folder.resolve("openapi.json"), "{\"openapi\": \"3.0.0\"}");
        JarProcess.Result result = JarProcess.run(60, "spec-diff", "--metadata", notApiDocs.toString());
        assertEquals(2, result.exitCode(), result.stdout() + result.stderr());
        assertEquals("spec-diff: " + notApiDocs + " is not an api-docs document (it needs info.product, info.version"
                + " and apis)\n", result.stderr());
    }
}
