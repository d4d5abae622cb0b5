package io.configconformance.validation;

import static io.configconformance.validation.Fixtures.START;
import static io.configconformance.validation.Fixtures.V2019;
import static io.configconformance.validation.Fixtures.V2020;
import static io.configconformance.validation.Fixtures.assertViolation;
import static io.configconformance.validation.Fixtures.assertXmlViolation;
import static io.configconformance.validation.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deliberately broken responses, each derived from a good one, that the validators must reject at the right place
 * (STYLE.md habit 9: test the tooling itself).
 */
class BrokenFixtureTest {

    private static final String RECORDER = "/StartConfigurationRecorderResponse/ConfigurationRecorder";

    private final JsonSchemaValidator json = new JsonSchemaValidator();
    private final XmlSchemaValidator xml = new XmlSchemaValidator();

    private final String good2020Json = read("samples/2020-09-07_StartConfigurationRecorder.json");
    private final String good2020Xml = read("fixtures/2020-09-07_StartConfigurationRecorder.xml");
    private final String good2019Xml = DocSampleTest.correctAccountId(
            read("samples/2019-01-08_StartConfigurationRecorder.xml").replace("<OrganizationMasterId></OrganizationMasterId>", ""));

    @Test
    void aRenamedJsonFieldIsBothUnknownAndMissing() {
        List<Violation> violations = json2020(good2020Json.replace("\"ConfigurationRecorderStatus\"", "\"RecorderStatus\""));
        assertViolation(violations, "/ConfigurationRecorder/RecorderStatus", "not defined in the schema");
        assertViolation(violations, "/ConfigurationRecorder/ConfigurationRecorderStatus", "required property");
    }

    @Test
    void aRenamedTopLevelJsonFieldIsRejected() {
        assertViolation(json2020(good2020Json.replace("\"RequestId\"", "\"RequestID\"")), "/RequestID", "not defined");
    }

    @Test
    void aJsonStatusOutsideTheEnumIsRejectedShowingTheValue() {
        List<Violation> violations = json2020(good2020Json.replace("\"REGISTERED\"", "\"ENABLED\""));
        assertViolation(violations, "/ConfigurationRecorder/ConfigurationRecorderStatus", "enumeration");
        assertViolation(violations, "/ConfigurationRecorder/ConfigurationRecorderStatus", "(got \"ENABLED\")");
    }

    @Test
    void jsonResourceTypesAsASingleStringInsteadOfAnArrayIsRejected() {
        String single = good2020Json.replaceFirst("\\[\\s*(\"ACS::ECS::Instance\")\\s*]", "$1");
        assertViolation(json2020(single), "/ConfigurationRecorder/ResourceTypes", "string found, array expected");
    }

    @Test
    void aJsonResourceTypeOutsideTheAcsPatternIsRejectedAtItsIndex() {
        assertViolation(json2020(good2020Json.replace("ACS::ECS::Instance", "ecs.instance")),
                "/ConfigurationRecorder/ResourceTypes/0", "regex pattern");
    }

    @Test
    void anEmptyJsonResourceTypesListIsValid() {
        String empty = good2020Json.replaceFirst("\\[\\s*\"ACS::ECS::Instance\"\\s*]", "[]");
        assertEquals(List.of(), json2020(empty));
    }

    @Test
    void anAccountIdBelowOneIsRejected() {
        String zero = DocSampleTest.correctAccountId(read("samples/2019-01-08_StartConfigurationRecorder.json"))
                .replace("1009318965420000", "0").replace("\"OrganizationMasterId\": \"\"", "\"OrganizationMasterId\": 1");
        assertViolation(json.validate(SchemaLocations.json(V2019, START), zero), "/ConfigurationRecorder/AccountId", "minimum");
    }

    @Test
    void aBodyThatIsNotJsonIsOneViolationAtTheRoot() {
        List<Violation> violations = json2020("<StartConfigurationRecorderResponse/>");
        assertEquals(1, violations.size());
        assertViolation(violations, "/", "not valid JSON");
    }

    @Test
    void anEmptyBodyIsOneViolationAtTheRoot() {
        assertViolation(json2020(""), "/", "empty body");
        assertViolation(json2020(null), "/", "empty body");
    }

    @Test
    void aDuplicatedJsonKeyIsReportedNotSilentlyResolved() {
        String duplicated = good2020Json.replace("\"RequestId\"", "\"RequestId\": \"X\", \"RequestId\"");
        assertViolation(json2020(duplicated), "/", "Duplicate");
    }

    @Test
    void trailingGarbageAfterTheJsonDocumentIsReported() {
        assertViolation(json2020(good2020Json + " x"), "/", "not valid JSON");
        assertViolation(json2020(good2020Json + "{}"), "/", "not valid JSON");
    }

    @Test
    void aRenamedXmlRootIsRejected() {
        String renamed = good2020Xml.replace("StartConfigurationRecorderResponse>", "StartConfigurationRecorderResult>");
        assertXmlViolation(xml2020(renamed), "/StartConfigurationRecorderResult", "Cannot find the declaration");
    }

    @Test
    void aRenamedXmlFieldIsRejected() {
        String renamed = good2020Xml.replace("ConfigurationRecorderStatus>", "RecorderStatus>");
        assertXmlViolation(xml2020(renamed), RECORDER + "/RecorderStatus", "RecorderStatus");
    }

    @Test
    void anXmlStatusOutsideTheEnumIsRejectedShowingTheValue() {
        assertXmlViolation(xml2020(good2020Xml.replace(">REGISTERED<", ">ENABLED<")),
                RECORDER + "/ConfigurationRecorderStatus", "'ENABLED'");
    }

    @Test
    void anXmlListWrappedInAWrapperElementIsRejected() {
        String wrapped = good2020Xml.replace("<ResourceTypes>ACS::ECS::Instance</ResourceTypes>",
                "<ResourceTypes><ResourceType>ACS::ECS::Instance</ResourceType></ResourceTypes>");
        assertXmlViolation(xml2020(wrapped), RECORDER + "/ResourceTypes/ResourceType",
                "element 'ResourceType' is not in the schema");
    }

    @Test
    void xmlChildrenInAnotherOrderAndAnEmptyListAreValid() {
        String reordered = good2019Xml.replace("<RequestId>A3601178-A6A2-4636-BE56-1116F73C0B0C</RequestId>", "")
                .replace("</StartConfigurationRecorderResponse>",
                        "<RequestId>A3601178-A6A2-4636-BE56-1116F73C0B0C</RequestId></StartConfigurationRecorderResponse>")
                .replace("<ResourceTypes>ACS::ECS::Instance</ResourceTypes>", "")
                .replace("<ConfigurationRecorderStatus>", "<ResourceTypes>ACS::ECS::Instance</ResourceTypes><ConfigurationRecorderStatus>");
        assertEquals(List.of(), xml2019(reordered));
        assertEquals(List.of(), xml2019(good2019Xml.replaceAll("<ResourceTypes>[^<]*</ResourceTypes>", "")));
    }

    @Test
    void aMissingRequiredXmlFieldIsRejectedDespiteTheOpenOrder() {
        String missing = good2019Xml.replaceFirst("<AccountId>[^<]*</AccountId>", "");
        assertXmlViolation(xml2019(missing), RECORDER, "AccountIdIsRequiredOnce");
    }

    @Test
    void aRepeatedScalarXmlFieldIsRejectedDespiteTheOpenOrder() {
        String repeated = good2019Xml.replace("<AccountId>", "<AccountId>42</AccountId><AccountId>");
        assertXmlViolation(xml2019(repeated), RECORDER + "/AccountId", "matches more than one value");
    }

    @Test
    void malformedXmlIsAViolationWithItsPosition() {
        String malformed = good2020Xml.replace("</ConfigurationRecorderStatus>", "</ConfigurationRecorderStatu>");
        assertXmlViolation(xml2020(malformed), RECORDER + "/ConfigurationRecorderStatus", "not well-formed");
    }

    @Test
    void aJsonBodyGivenToTheXmlValidatorIsAViolation() {
        assertXmlViolation(xml2020(good2020Json), "", "not well-formed");
    }

    private List<Violation> json2020(String body) {
        return json.validate(SchemaLocations.json(V2020, START), body);
    }

    private List<Violation> xml2020(String body) {
        return xml.validate(SchemaLocations.xml(V2020, START), body);
    }

    private List<Violation> xml2019(String body) {
        return xml.validate(SchemaLocations.xml(V2019, START), body);
    }
}
