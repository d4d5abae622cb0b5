package io.configconformance.validation;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.configconformance.report.ServiceText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a JSON response body against a JSON Schema 2020-12 from the classpath (the schemas under {@code schemas/json},
 * derived from the response tables of the docs/api-reference pages). Schemas are loaded once and shared across threads.
 */
public final class JsonSchemaValidator {

    // Only the classpath and the draft meta-schemas (which networknt maps to copies in its own jar) may be loaded.
    private static final String CLASSPATH = "classpath:";
    private static final String META_SCHEMAS = "https://json-schema.org/";
    private static final int MAX_SHOWN_VALUE = 80;
    private static final Set<String> ABOUT_ONE_PROPERTY = Set.of("required", "additionalProperties",
            "unevaluatedProperties", "dependentRequired");
    private static final Set<String> UNDOCUMENTED = Set.of("additionalProperties", "unevaluatedProperties");

    // A response with a duplicated key or trailing bytes is malformed, even though lenient parsers would accept it.
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .pathType(PathType.JSON_POINTER)
                            .formatAssertionsEnabled(true)
                            .build())
                    .schemaLoader(loader -> loader
                            .fetchRemoteResources(false)
                            .allow(iri -> iri.toString().startsWith(CLASSPATH)
                                    || iri.toString().startsWith(META_SCHEMAS))));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public JsonSchemaValidator() {
    }

    /**
     * Violations of {@code body} against the schema; a body that is not JSON gives one Violation at "/". Throws only
     * when the schema itself cannot be loaded, which is a defect of the suite, not of the service under test.
     */
    public List<Violation> validate(String schemaResource, String body) {
        Schema schema = schemas.computeIfAbsent(schemaResource, this::load);
        JsonNode instance;
        try {
            instance = mapper.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            return List.of(new Violation("/", "body is not valid JSON: " + e.getOriginalMessage() + at(e)));
        }
        if (instance == null || instance.isMissingNode()) {
            return List.of(new Violation("/", "empty body, a JSON document expected"));
        }
        return schema.validate(instance).stream().map(JsonSchemaValidator::toViolation).toList();
    }

    private Schema load(String resource) {
        if (getClass().getClassLoader().getResource(resource) == null) {
            throw new IllegalArgumentException("no schema on the classpath at " + resource);
        }
        try {
            Schema schema = registry.getSchema(SchemaLocation.of(CLASSPATH + resource));
            schema.initializeValidators(); // resolve every $ref now, so a broken schema fails at once, not mid-body
            return schema;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("schema " + resource + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    private static Violation toViolation(Error error) {
        String location = pointer(error.getInstanceLocation().toString());
        // "required" and "additionalProperties" are about one named property, so point at it rather than its parent.
        if (ABOUT_ONE_PROPERTY.contains(error.getKeyword()) && error.getProperty() != null) {
            location = (location.equals("/") ? "" : location) + "/" + escape(error.getProperty());
        }
        // a field name or value a service sent may hold a lone surrogate, which no report writer can write
        return new Violation(ServiceText.wellFormed(location),
                ServiceText.wellFormed(error.getMessage() + found(error.getInstanceNode())),
                UNDOCUMENTED.contains(error.getKeyword()));
    }

    private static String found(JsonNode node) {
        if (node == null || node.isContainer()) {
            return "";
        }
        String shown = node.toString();
        return " (got " + (shown.length() > MAX_SHOWN_VALUE ? shown.substring(0, MAX_SHOWN_VALUE) + "..." : shown) + ")";
    }

    private static String pointer(String path) {
        return path.isEmpty() ? "/" : path;
    }

    private static String escape(String property) {
        return property.replace("~", "~0").replace("/", "~1");
    }

    private static String at(JacksonException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
