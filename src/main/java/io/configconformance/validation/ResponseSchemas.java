package io.configconformance.validation;

import io.configconformance.protocol.ResponseFormat;
import java.util.List;

/**
 * The response schemas of one run (schemas/json, schemas/xml): each is compiled the first time the run checks an
 * answer against it, then shared by the run's threads. A run holds its own, so nothing compiled outlives it.
 */
public final class ResponseSchemas {

    private final JsonSchemaValidator json = new JsonSchemaValidator();
    private final XmlSchemaValidator xml = new XmlSchemaValidator();

    /** Violations of a success answer's body against the schema of its operation, version and format. */
    public List<Violation> ofOperation(ResponseFormat format, String version, String action, String body) {
        return format == ResponseFormat.XML ? xml.validate(SchemaLocations.xml(version, action), body)
                : json.validate(SchemaLocations.json(version, action), body);
    }

    /** Violations of an error answer's body against the error envelope of its format (PROTOCOL.md). */
    public List<Violation> ofErrorEnvelope(ResponseFormat format, String body) {
        return format == ResponseFormat.XML ? xml.validate(SchemaLocations.XML_ERROR, body)
                : json.validate(SchemaLocations.JSON_ERROR, body);
    }
}
