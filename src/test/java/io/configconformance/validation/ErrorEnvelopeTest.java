package io.configconformance.validation;

import static io.configconformance.validation.Fixtures.assertViolation;
import static io.configconformance.validation.Fixtures.assertXmlViolation;
import static io.configconformance.validation.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The error envelope of docs/api-reference/PROTOCOL.md, in JSON and XML, with good and broken examples. */
class ErrorEnvelopeTest {

    private final JsonSchemaValidator json = new JsonSchemaValidator();
    private final XmlSchemaValidator xml = new XmlSchemaValidator();

    private final String goodJson = read("fixtures/ErrorResponse.json");
    private final String goodXml = read("fixtures/Error.xml");

    @Test
    void aCompleteJsonErrorIsValid() {
        assertEquals(List.of(), json.validate(SchemaLocations.JSON_ERROR, goodJson));
    }

    @Test
    void extraJsonPropertiesSuchAsAccessDeniedDetailAreAllowed() {
        String withDetail = goodJson.replace("{", "{\n  \"AccessDeniedDetail\": {\"AuthAction\": \"config:StartConfigurationRecorder\"},");
        assertEquals(List.of(), json.validate(SchemaLocations.JSON_ERROR, withDetail));
    }

    @Test
    void aJsonErrorWithoutRecommendIsValid() {
        String without = goodJson.replaceFirst(",\\s*\"Recommend\": \"[^\"]*\"", "");
        assertEquals(List.of(), json.validate(SchemaLocations.JSON_ERROR, without));
    }

    @Test
    void aJsonErrorWithoutCodeNamesTheMissingCode() {
        String without = goodJson.replace("\"Code\": \"NoPermission\",", "");
        assertViolation(json.validate(SchemaLocations.JSON_ERROR, without), "/Code", "required property 'Code' not found");
    }

    @Test
    void aNumericJsonCodeIsTheWrongType() {
        String numeric = goodJson.replace("\"NoPermission\"", "400");
        assertViolation(json.validate(SchemaLocations.JSON_ERROR, numeric), "/Code", "integer found, string expected (got 400)");
    }

    @Test
    void anEmptyJsonMessageIsRejected() {
        String empty = goodJson.replaceFirst("\"Message\": \"[^\"]*\"", "\"Message\": \"\"");
        assertViolation(json.validate(SchemaLocations.JSON_ERROR, empty), "/Message", "at least 1 characters");
    }

    @Test
    void aPlainHttpRecommendIsRejected() {
        String http = goodJson.replace("https://api.aliyun.com", "http://api.aliyun.com");
        assertViolation(json.validate(SchemaLocations.JSON_ERROR, http), "/Recommend", "^https://");
    }

    @Test
    void aLowerCaseRequestIdIsRejected() {
        String lower = goodJson.replace("4D994662-6B27-536F-B320-38F4B3D58705", "4d994662-6b27-536f-b320-38f4b3d58705");
        assertViolation(json.validate(SchemaLocations.JSON_ERROR, lower), "/RequestId", "got \"4d994662");
    }

    @Test
    void aCompleteXmlErrorIsValidInAnyOrder() {
        String reordered = goodXml.replace("  <RequestId>4D994662-6B27-536F-B320-38F4B3D58705</RequestId>\n", "")
                .replace("</Error>", "  <RequestId>4D994662-6B27-536F-B320-38F4B3D58705</RequestId>\n</Error>");
        assertEquals(List.of(), xml.validate(SchemaLocations.XML_ERROR, goodXml));
        assertEquals(List.of(), xml.validate(SchemaLocations.XML_ERROR, reordered));
    }

    @Test
    void anXmlErrorWithoutCodeNamesTheIncompleteElementAndTheMissingCode() {
        String without = goodXml.replace("  <Code>NoPermission</Code>\n", "");
        assertXmlViolation(xml.validate(SchemaLocations.XML_ERROR, without), "/Error", "Code");
    }

    @Test
    void anXmlCodeThatIsNotACodeIsRejected() {
        String wrong = goodXml.replace("<Code>NoPermission</Code>", "<Code>400 No Permission</Code>");
        assertXmlViolation(xml.validate(SchemaLocations.XML_ERROR, wrong), "/Error/Code", "'400 No Permission'");
    }

    @Test
    void anEmptyXmlMessageIsRejected() {
        String empty = goodXml.replaceFirst("<Message>[^<]*</Message>", "<Message></Message>");
        assertXmlViolation(xml.validate(SchemaLocations.XML_ERROR, empty), "/Error/Message", "minLength");
    }
}
