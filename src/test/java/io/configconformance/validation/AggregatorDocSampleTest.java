package io.configconformance.validation;

import static io.configconformance.validation.Fixtures.CREATE_AGGREGATOR;
import static io.configconformance.validation.Fixtures.UPDATE_AGGREGATOR;
import static io.configconformance.validation.Fixtures.V2020;
import static io.configconformance.validation.Fixtures.assertViolation;
import static io.configconformance.validation.Fixtures.assertXmlViolation;
import static io.configconformance.validation.Fixtures.elementPaths;
import static io.configconformance.validation.Fixtures.locations;
import static io.configconformance.validation.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The samples of pages 003 (UpdateAggregator, JSON and XML) and 004 (CreateAggregator, JSON), copied verbatim into
 * src/test/resources/samples, checked against the schemas derived from the same pages' response tables.
 * E7 = every sample AggregatorId is masked ("ca-dacf86d8314e00eb****"): it shows the format ("ca-" and lower-case hex)
 * but is not a valid ID, so each sample is rejected there and nowhere else, and the same sample with the mask filled
 * in is valid.
 */
class AggregatorDocSampleTest {

    private static final String MASKED_ID = "ca-dacf86d8314e00eb****";

    private final JsonSchemaValidator json = new JsonSchemaValidator();
    private final XmlSchemaValidator xml = new XmlSchemaValidator();

    private final String createJson = read("samples/2020-09-07_CreateAggregator.json");
    private final String updateJson = read("samples/2020-09-07_UpdateAggregator.json");
    private final String updateXml = read("samples/2020-09-07_UpdateAggregator.xml");

    @Test
    void createAggregatorJsonSampleIdIsMaskedAndRejectedThereOnly_erratumE7() {
        List<Violation> violations = json.validate(SchemaLocations.json(V2020, CREATE_AGGREGATOR), createJson);
        assertEquals(Set.of("/AggregatorId"), locations(violations));
        assertViolation(violations, "/AggregatorId", "regex pattern");
        assertViolation(violations, "/AggregatorId", "(got \"" + MASKED_ID + "\")");
    }

    @Test
    void createAggregatorJsonSampleWithTheMaskFilledInIsValid_erratumE7() {
        assertEquals(List.of(), json.validate(SchemaLocations.json(V2020, CREATE_AGGREGATOR), fillMask(createJson)));
    }

    @Test
    void createAggregatorSampleSerialisedAsXmlIsValid() {
        String fixture = read("fixtures/2020-09-07_CreateAggregator.xml");
        assertEquals(List.of(), xml.validate(SchemaLocations.xml(V2020, CREATE_AGGREGATOR), fixture));
    }

    @Test
    void createAggregatorXmlWithTheSampleMaskedIdIsRejectedThereOnly_erratumE7() {
        String masked = read("fixtures/2020-09-07_CreateAggregator.xml").replace(fillMask(MASKED_ID), MASKED_ID);
        List<Violation> violations = xml.validate(SchemaLocations.xml(V2020, CREATE_AGGREGATOR), masked);
        assertEquals(Set.of("/CreateAggregatorResponse/AggregatorId"), elementPaths(violations));
        assertXmlViolation(violations, "/CreateAggregatorResponse/AggregatorId", "'" + MASKED_ID + "'");
    }

    @Test
    void updateAggregatorJsonSampleIdIsMaskedAndRejectedThereOnly_erratumE7() {
        List<Violation> violations = json.validate(SchemaLocations.json(V2020, UPDATE_AGGREGATOR), updateJson);
        assertEquals(Set.of("/AggregatorId"), locations(violations));
        assertViolation(violations, "/AggregatorId", "regex pattern");
        assertViolation(violations, "/AggregatorId", "(got \"" + MASKED_ID + "\")");
    }

    @Test
    void updateAggregatorJsonSampleWithTheMaskFilledInIsValid_erratumE7() {
        assertEquals(List.of(), json.validate(SchemaLocations.json(V2020, UPDATE_AGGREGATOR), fillMask(updateJson)));
    }

    @Test
    void updateAggregatorXmlSampleIdIsMaskedAndRejectedThereOnly_erratumE7() {
        List<Violation> violations = xml.validate(SchemaLocations.xml(V2020, UPDATE_AGGREGATOR), updateXml);
        assertEquals(Set.of("/UpdateAggregatorResponse/AggregatorId"), elementPaths(violations));
        assertEquals(1, violations.size(), () -> "one merged violation expected, got " + violations);
        assertXmlViolation(violations, "/UpdateAggregatorResponse/AggregatorId", "'" + MASKED_ID + "'");
    }

    @Test
    void updateAggregatorXmlSampleWithTheMaskFilledInIsValid_erratumE7() {
        assertEquals(List.of(), xml.validate(SchemaLocations.xml(V2020, UPDATE_AGGREGATOR), fillMask(updateXml)));
    }

    @Test
    void theMaskHidesOnlyDigitsSoTheVisiblePartAloneIsAlreadyAValidId_erratumE7() {
        // 16 visible hex digits: the pattern's lower bound, so the format is pinned without guessing the real length.
        String unmasked = createJson.replace(MASKED_ID, "ca-dacf86d8314e00eb");
        assertEquals(List.of(), json.validate(SchemaLocations.json(V2020, CREATE_AGGREGATOR), unmasked));
    }

    /** The masked sample IDs with their four masked characters replaced by hex zeros. */
    static String fillMask(String sample) {
        return sample.replaceAll("(ca-[0-9a-f]{16})\\*{4}", "$10000");
    }
}
