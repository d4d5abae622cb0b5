package io.configconformance.validation;

import static io.configconformance.validation.Fixtures.START;
import static io.configconformance.validation.Fixtures.V2019;
import static io.configconformance.validation.Fixtures.V2020;
import static io.configconformance.validation.Fixtures.assertViolation;
import static io.configconformance.validation.Fixtures.assertXmlViolation;
import static io.configconformance.validation.Fixtures.elementPaths;
import static io.configconformance.validation.Fixtures.locations;
import static io.configconformance.validation.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The docs' own sample responses (copied verbatim into src/test/resources/samples) checked against the schemas derived
 * from the same pages' parameter tables. Where a sample contradicts its table, the test is named after the erratum:
 * E1 = 002 samples give AccountId as the masked string "100931896542****" where the table says Long;
 * E2 = 002 samples give OrganizationMasterId as "" (empty) where the table says Long.
 */
class DocSampleTest {

    private static final String ACCOUNT_ID = "/ConfigurationRecorder/AccountId";
    private static final String MASTER_ID = "/ConfigurationRecorder/OrganizationMasterId";
    private static final String XML_RECORDER = "/StartConfigurationRecorderResponse/ConfigurationRecorder";

    private final JsonSchemaValidator json = new JsonSchemaValidator();
    private final XmlSchemaValidator xml = new XmlSchemaValidator();

    private final String sample2019Json = read("samples/2019-01-08_StartConfigurationRecorder.json");
    private final String sample2019Xml = read("samples/2019-01-08_StartConfigurationRecorder.xml");

    @Test
    void sample2020JsonMatchesItsTable() {
        String sample = read("samples/2020-09-07_StartConfigurationRecorder.json");
        assertEquals(List.of(), json.validate(SchemaLocations.json(V2020, START), sample));
    }

    @Test
    void sample2020SerialisedAsXmlMatchesItsTable() {
        String fixture = read("fixtures/2020-09-07_StartConfigurationRecorder.xml");
        assertEquals(List.of(), xml.validate(SchemaLocations.xml(V2020, START), fixture));
    }

    @Test
    void sample2019JsonAccountIdIsAStringContradictingItsLongTable_erratumE1() {
        List<Violation> violations = validate2019Json(sample2019Json);
        assertViolation(violations, ACCOUNT_ID, "string found, integer expected");
        assertTrue(violations.stream().anyMatch(v -> v.toString().equals(
                ACCOUNT_ID + ": string found, integer expected (got \"100931896542****\")")), violations::toString);
    }

    @Test
    void sample2019JsonOrganizationMasterIdIsAnEmptyStringContradictingItsLongTable_erratumE2() {
        assertViolation(validate2019Json(sample2019Json), MASTER_ID, "string found, integer expected (got \"\")");
    }

    @Test
    void sample2019JsonIsRejectedAtTheErratumFieldsAndNowhereElse_errataE1E2() {
        assertEquals(Set.of(ACCOUNT_ID, MASTER_ID), locations(validate2019Json(sample2019Json)));
    }

    @Test
    void sample2019JsonCorrectedForErrataE1E2IsValid() {
        String withNumbers = correctAccountId(sample2019Json.replace("\"OrganizationMasterId\": \"\"",
                "\"OrganizationMasterId\": 1009318965420000"));
        String withoutMasterId = correctAccountId(sample2019Json.replace(",\n    \"OrganizationMasterId\": \"\"", ""));
        assertEquals(List.of(), validate2019Json(withNumbers));
        assertEquals(List.of(), validate2019Json(withoutMasterId));
    }

    @Test
    void sample2019XmlAccountIdIsNotALongContradictingItsTable_erratumE1() {
        assertXmlViolation(validate2019Xml(sample2019Xml), XML_RECORDER + "/AccountId", "'100931896542****'");
    }

    @Test
    void sample2019XmlOrganizationMasterIdIsEmptyContradictingItsLongTable_erratumE2() {
        assertXmlViolation(validate2019Xml(sample2019Xml), XML_RECORDER + "/OrganizationMasterId", "''");
    }

    @Test
    void sample2019XmlIsRejectedAtTheErratumFieldsAndNowhereElse_errataE1E2() {
        List<Violation> violations = validate2019Xml(sample2019Xml);
        assertEquals(Set.of(XML_RECORDER + "/AccountId", XML_RECORDER + "/OrganizationMasterId"), elementPaths(violations));
        assertEquals(2, violations.size(), () -> "one merged violation per field expected, got " + violations);
    }

    @Test
    void sample2019XmlCorrectedForErrataE1E2IsValid() {
        String withNumbers = correctAccountId(sample2019Xml.replace("<OrganizationMasterId></OrganizationMasterId>",
                "<OrganizationMasterId>1009318965420000</OrganizationMasterId>"));
        String withoutMasterId = correctAccountId(sample2019Xml.replace("<OrganizationMasterId></OrganizationMasterId>", ""));
        assertEquals(List.of(), validate2019Xml(withNumbers));
        assertEquals(List.of(), validate2019Xml(withoutMasterId));
    }

    static String correctAccountId(String sample) {
        return sample.replace("\"100931896542****\"", "1009318965420000").replace("100931896542****", "1009318965420000");
    }

    private List<Violation> validate2019Json(String body) {
        return json.validate(SchemaLocations.json(V2019, START), body);
    }

    private List<Violation> validate2019Xml(String body) {
        return xml.validate(SchemaLocations.xml(V2019, START), body);
    }
}
