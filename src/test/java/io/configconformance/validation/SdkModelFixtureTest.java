package io.configconformance.validation;

import static io.configconformance.validation.Fixtures.DELETE_AGGREGATORS;
import static io.configconformance.validation.Fixtures.DESCRIBE_RECORDER;
import static io.configconformance.validation.Fixtures.GET_AGGREGATOR;
import static io.configconformance.validation.Fixtures.GET_RECORDER;
import static io.configconformance.validation.Fixtures.LIST_AGGREGATORS;
import static io.configconformance.validation.Fixtures.V2019;
import static io.configconformance.validation.Fixtures.V2020;
import static io.configconformance.validation.Fixtures.assertViolation;
import static io.configconformance.validation.Fixtures.assertXmlViolation;
import static io.configconformance.validation.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.configconformance.protocol.ResponseFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The operations that have no page in docs/api-reference (GetAggregator, ListAggregators, DeleteAggregators,
 * GetConfigurationRecorder 2020-09-07 and DescribeConfigurationRecorder 2019-01-08) have schemas written from the
 * official Java SDK response models. The fixtures here are written from the same models, with the published example
 * values unmasked; each must be valid in both formats, and its JSON and XML forms must say the same thing.
 */
class SdkModelFixtureTest {

    private final JsonSchemaValidator json = new JsonSchemaValidator();
    private final XmlSchemaValidator xml = new XmlSchemaValidator();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2020-09-07, GetAggregator",
        "2020-09-07, ListAggregators",
        "2020-09-07, DeleteAggregators",
        "2020-09-07, GetConfigurationRecorder",
        "2019-01-08, DescribeConfigurationRecorder"})
    void theJsonFixtureIsValid(String version, String action) {
        String fixture = read("fixtures/" + version + "_" + action + ".json");
        assertEquals(List.of(), json.validate(SchemaLocations.json(version, action), fixture));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2020-09-07, GetAggregator",
        "2020-09-07, ListAggregators",
        "2020-09-07, DeleteAggregators",
        "2020-09-07, GetConfigurationRecorder",
        "2019-01-08, DescribeConfigurationRecorder"})
    void theXmlFixtureIsValid(String version, String action) {
        String fixture = read("fixtures/" + version + "_" + action + ".xml");
        assertEquals(List.of(), xml.validate(SchemaLocations.xml(version, action), fixture));
    }

    @ParameterizedTest(name = "{1} {2}")
    @CsvSource({
        "2020-09-07, GetAggregator, Aggregator.AggregatorAccounts.AccountId",
        "2020-09-07, GetAggregator, Aggregator.AggregatorAccounts.RecorderStatus",
        "2020-09-07, GetAggregator, Aggregator.AggregatorCreateTimestamp",
        "2020-09-07, GetAggregator, Aggregator.Tags.TagKey",
        "2020-09-07, ListAggregators, AggregatorsResult.Aggregators.AggregatorId",
        "2020-09-07, ListAggregators, AggregatorsResult.Aggregators.AggregatorStatus",
        "2020-09-07, ListAggregators, AggregatorsResult.NextToken",
        "2020-09-07, DeleteAggregators, OperateAggregatorsResult.OperateAggregators.Success",
        "2020-09-07, DeleteAggregators, OperateAggregatorsResult.OperateAggregators.ErrorCode",
        "2020-09-07, GetConfigurationRecorder, ConfigurationRecorder.ResourceTypes",
        "2019-01-08, DescribeConfigurationRecorder, ConfigurationRecorder.OrganizationMasterId"})
    void theJsonAndXmlFixturesCarryTheSameValues(String version, String action, String path) {
        String base = "fixtures/" + version + "_" + action;
        List<String> fromJson = ResponseFields.values(ResponseFormat.JSON, read(base + ".json"), path);
        assertFalse(fromJson.isEmpty(), path + " is absent from the fixture");
        assertEquals(fromJson, ResponseFields.values(ResponseFormat.XML, read(base + ".xml"), path));
    }

    @Test
    void anEmptyLastPageOfAggregatorsIsValidInBothFormats() {
        String emptyJson = "{\"RequestId\": \"20C8526D-12C5-4336-BC72-EBD5D1BA732F\","
                + " \"AggregatorsResult\": {\"Aggregators\": [], \"NextToken\": \"\"}}";
        String emptyXml = "<ListAggregatorsResponse><RequestId>20C8526D-12C5-4336-BC72-EBD5D1BA732F</RequestId>"
                + "<AggregatorsResult/></ListAggregatorsResponse>";
        assertEquals(List.of(), json.validate(SchemaLocations.json(V2020, LIST_AGGREGATORS), emptyJson));
        assertEquals(List.of(), xml.validate(SchemaLocations.xml(V2020, LIST_AGGREGATORS), emptyXml));
    }

    @Test
    void theSdkModelsTypeAggregatorCreateTimestampStringInGetAggregatorButLongInListAggregators() {
        String getWithNumber = read("fixtures/2020-09-07_GetAggregator.json")
                .replace("\"1623034091000\"", "1623034091000");
        String listWithString = read("fixtures/2020-09-07_ListAggregators.json")
                .replace("1623036305000", "\"1623036305000\"");
        assertViolation(json.validate(SchemaLocations.json(V2020, GET_AGGREGATOR), getWithNumber),
                "/Aggregator/AggregatorCreateTimestamp", "integer found, string expected");
        assertViolation(json.validate(SchemaLocations.json(V2020, LIST_AGGREGATORS), listWithString),
                "/AggregatorsResult/Aggregators/0/AggregatorCreateTimestamp", "string found, integer expected");
    }

    @Test
    void aggregatorStatusTwoIsAcceptedBecauseTheTerraformProviderMapsItToDeleting() {
        String deleting = read("fixtures/2020-09-07_GetAggregator.json").replace("\"AggregatorStatus\": 1", "\"AggregatorStatus\": 2");
        assertEquals(List.of(), json.validate(SchemaLocations.json(V2020, GET_AGGREGATOR), deleting));
    }

    @Test
    void aFailedDeletionEchoesTheRequestedIdWhateverItsFormat() {
        String echoed = read("fixtures/2020-09-07_DeleteAggregators.json").replace("ca-9190626622af00a90000", "not-an-id");
        assertEquals(List.of(), json.validate(SchemaLocations.json(V2020, DELETE_AGGREGATORS), echoed));
    }

    @Test
    void aMemberAccountsRecorderWithoutTheManagementOnlyFieldsIsValid() {
        String member = read("fixtures/2019-01-08_DescribeConfigurationRecorder.xml")
                .replaceAll("<Organization\\w+>[^<]*</Organization\\w+>", "");
        assertEquals(List.of(), xml.validate(SchemaLocations.xml(V2019, DESCRIBE_RECORDER), member));
    }

    @Test
    void aRecorderThatMonitorsNothingYetIsValidInBothFormats() {
        String jsonWithout = read("fixtures/2020-09-07_GetConfigurationRecorder.json")
                .replaceFirst(",\\s*\"ResourceTypes\": \\[[^]]*]", "").replace("REGISTERED", "REGISTRABLE");
        String xmlWithout = read("fixtures/2020-09-07_GetConfigurationRecorder.xml")
                .replaceAll("<ResourceTypes>[^<]*</ResourceTypes>", "").replace("REGISTERED", "REGISTRABLE");
        assertEquals(List.of(), json.validate(SchemaLocations.json(V2020, GET_RECORDER), jsonWithout));
        assertEquals(List.of(), xml.validate(SchemaLocations.xml(V2020, GET_RECORDER), xmlWithout));
    }

    @Test
    void aRepeatedOptionalXmlFieldIsStillRejected() {
        String repeated = read("fixtures/2019-01-08_DescribeConfigurationRecorder.xml")
                .replace("<OrganizationMasterId>", "<OrganizationMasterId>42</OrganizationMasterId><OrganizationMasterId>");
        assertXmlViolation(xml.validate(SchemaLocations.xml(V2019, DESCRIBE_RECORDER), repeated),
                "/DescribeConfigurationRecorderResponse/ConfigurationRecorder/OrganizationMasterId", "matches more than one value");
    }
}
