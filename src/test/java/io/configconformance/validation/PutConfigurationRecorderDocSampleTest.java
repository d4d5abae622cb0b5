package io.configconformance.validation;

import static io.configconformance.validation.Fixtures.PUT_RECORDER;
import static io.configconformance.validation.Fixtures.V2019;
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
 * Page 000's JSON sample (PutConfigurationRecorder 2019-01-08) checked against the schema derived from its response
 * table. The page's sample is cut short: it has no braces and breaks off after "ResourceTypes": [ with the next
 * field. samples/2019-01-08_PutConfigurationRecorder.json is it reconstructed minimally: the page's lines unchanged,
 * plus the enclosing braces and the closing "]," of an empty ResourceTypes list (the page's items are lost, so none
 * are invented). Its XML sample is empty; fixtures/2019-01-08_PutConfigurationRecorder.xml stands in for it.
 * E3 = the sample gives AccountId as the masked string "103201326074****" where the table says Long.
 */
class PutConfigurationRecorderDocSampleTest {

    private static final String ACCOUNT_ID = "/ConfigurationRecorder/AccountId";
    private static final String XML_RECORDER = "/PutConfigurationRecorderResponse/ConfigurationRecorder";

    private final JsonSchemaValidator json = new JsonSchemaValidator();
    private final XmlSchemaValidator xml = new XmlSchemaValidator();

    private final String sample = read("samples/2019-01-08_PutConfigurationRecorder.json");
    private final String fixtureXml = read("fixtures/2019-01-08_PutConfigurationRecorder.xml");

    @Test
    void sampleJsonAccountIdIsAMaskedStringContradictingItsLongTable_erratumE3() {
        List<Violation> violations = validateJson(sample);
        assertTrue(violations.stream().anyMatch(v -> v.toString().equals(
                ACCOUNT_ID + ": string found, integer expected (got \"103201326074****\")")), violations::toString);
    }

    @Test
    void sampleJsonIsRejectedAtTheErratumFieldAndNowhereElse_erratumE3() {
        assertEquals(Set.of(ACCOUNT_ID), locations(validateJson(sample)));
    }

    @Test
    void sampleJsonCorrectedForErratumE3IsValid() {
        String corrected = correctAccountId(sample);
        String withTheTablesExampleTypes = corrected.replaceFirst("\\[\\s*]",
                "[\"ACS::ECS::Instance\", \"ACS::ECS::Disk\"]");
        assertEquals(List.of(), validateJson(corrected));
        assertEquals(List.of(), validateJson(withTheTablesExampleTypes));
    }

    @Test
    void sampleSerialisedAsXmlIsValid() {
        assertEquals(List.of(), validateXml(fixtureXml));
    }

    @Test
    void xmlWithTheSampleAccountIdIsRejectedThereOnly_erratumE3() {
        List<Violation> violations = validateXml(fixtureXml.replace("1032013260740000", "103201326074****"));
        assertEquals(Set.of(XML_RECORDER + "/AccountId"), elementPaths(violations));
        assertXmlViolation(violations, XML_RECORDER + "/AccountId", "'103201326074****'");
    }

    @Test
    void theResponseListsResourceTypesAlthoughTheRequestJoinsThemWithCommas() {
        String joined = correctAccountId(sample).replaceFirst("\\[\\s*]", "\"ACS::ECS::Instance,ACS::ECS::Disk\"");
        assertViolation(validateJson(joined), "/ConfigurationRecorder/ResourceTypes", "string found, array expected");
    }

    static String correctAccountId(String text) {
        return text.replace("\"103201326074****\"", "1032013260740000").replace("103201326074****", "1032013260740000");
    }

    private List<Violation> validateJson(String body) {
        return json.validate(SchemaLocations.json(V2019, PUT_RECORDER), body);
    }

    private List<Violation> validateXml(String body) {
        return xml.validate(SchemaLocations.xml(V2019, PUT_RECORDER), body);
    }
}
