package io.configconformance.validation;

/**
 * Classpath names of the response schemas: one per operation and API version (STYLE.md habit 5), plus the error
 * envelope of docs/api-reference/PROTOCOL.md, which is shared by all operations and versions.
 */
public final class SchemaLocations {

    public static final String JSON_ERROR = "schemas/json/ErrorResponse.json";
    public static final String XML_ERROR = "schemas/xml/Error.xsd";

    private SchemaLocations() {
    }

    /** "schemas/json/&lt;version&gt;/&lt;action&gt;.json" */
    public static String json(String apiVersion, String action) {
        return "schemas/json/" + apiVersion + "/" + action + ".json";
    }

    /** "schemas/xml/&lt;version&gt;/&lt;action&gt;.xsd" */
    public static String xml(String apiVersion, String action) {
        return "schemas/xml/" + apiVersion + "/" + action + ".xsd";
    }
}
