package io.configconformance.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file under schemas/ is itself sound, and SchemaLocations names files that exist. */
class SchemaFilesTest {

    private static final Path SOURCE = Path.of("schemas");
    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    @Test
    void everySchemaFileIsOnTheClasspathAndLoads() throws IOException {
        JsonSchemaValidator json = new JsonSchemaValidator();
        XmlSchemaValidator xml = new XmlSchemaValidator();
        List<String> resources = schemaResources();
        assertTrue(resources.size() >= 6, () -> "too few schemas found: " + resources);
        for (String resource : resources) {
            assertTrue(getClass().getClassLoader().getResource(resource) != null, resource + " not on the classpath");
            // An empty document breaks every schema, so each one must load and then report something.
            List<Violation> violations = resource.endsWith(".json") ? json.validate(resource, "{}")
                    : xml.validate(resource, "<Nothing/>");
            assertFalse(violations.isEmpty(), resource + " accepted an empty document");
        }
    }

    @Test
    void everyJsonSchemaIsValidAgainstTheDraft202012MetaSchema() throws IOException {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(META_SCHEMA));
        for (String resource : schemaResources()) {
            if (resource.endsWith(".json")) {
                String text = Files.readString(SOURCE.resolve(resource.substring("schemas/".length())));
                assertEquals(List.of(), metaSchema.validate(text, InputFormat.JSON), resource);
                assertTrue(text.contains("\"$schema\": \"" + META_SCHEMA + "\""), resource + " names no 2020-12 $schema");
            }
        }
    }

    @Test
    void schemaLocationsNameExistingSchemas() {
        for (String resource : List.of(SchemaLocations.json("2020-09-07", "StartConfigurationRecorder"),
                SchemaLocations.json("2019-01-08", "StartConfigurationRecorder"),
                SchemaLocations.xml("2020-09-07", "StartConfigurationRecorder"),
                SchemaLocations.xml("2019-01-08", "StartConfigurationRecorder"),
                SchemaLocations.JSON_ERROR, SchemaLocations.XML_ERROR)) {
            assertTrue(getClass().getClassLoader().getResource(resource) != null, resource);
        }
    }

    /** The schemas as classpath names, found by walking the source folder so a file missing from the build shows. */
    private static List<String> schemaResources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCE)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> "schemas/" + SOURCE.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
