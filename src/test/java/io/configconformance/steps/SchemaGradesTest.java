package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.configconformance.client.ApiResponse;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.report.Grade;
import io.configconformance.report.Miss;
import io.configconformance.validation.ResponseSchemas;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each field a success answer breaks is graded by what states it: the page's response table, or the entry that records
 * where the schema reads more than the page (AccountId's type E1/E3, OrganizationMasterId E2, the AggregatorId pattern
 * E7, the RequestId format A7), or the SDK models for an operation without a page (A32); the envelope by A7.
 */
class SchemaGradesTest {

    private static final String REQUEST_ID = "\"RequestId\":\"7C189ED2-30C1-492E-82B6-0D828B556ED9\"";
    private final SchemaCheck schemas = new SchemaCheck(new Judge(false), new ResponseSchemas());

    @Test
    void accountIdAsTheSamplesSendItIsGradedByTheErratumOfItsPage() {
        String recorder = "{" + REQUEST_ID + ",\"ConfigurationRecorder\":{\"ConfigurationRecorderStatus\":\"REGISTERED\","
                + "\"ResourceTypes\":[\"ACS::ECS::Instance\"],\"AccountId\":\"1009318965420000\"}}";
        assertEquals(List.of(Grade.contested("E1")), grades(answer("StartConfigurationRecorder", ApiVersion.V2019_01_08,
                recorder.replace("\"AccountId\"", "\"OrganizationEnableStatus\":\"REGISTRABLE\",\"AccountId\""))));
        assertEquals(List.of(Grade.contested("E3")), grades(answer("PutConfigurationRecorder", ApiVersion.V2019_01_08,
                recorder)));
    }

    @Test
    void aFieldOfThePagesResponseTableIsThePages() {
        String withoutTypes = "{" + REQUEST_ID + ",\"ConfigurationRecorder\":{\"ConfigurationRecorderStatus\":"
                + "\"REGISTERED\",\"AccountId\":1009318965420000}}";
        assertEquals(List.of(Grade.PAGE), grades(answer("PutConfigurationRecorder", ApiVersion.V2019_01_08,
                withoutTypes)));
        assertEquals(List.of(Grade.PAGE), grades(answer("StartConfigurationRecorder", ApiVersion.V2020_09_07,
                withoutTypes.replace(",\"AccountId\":1009318965420000", ""))));
    }

    @Test
    void aPatternReadFromMaskedSamplesIsTheErratumsAndTheRequestIdFormatIsProtocols() {
        assertEquals(List.of(Grade.contested("E7")), grades(answer("CreateAggregator", ApiVersion.V2020_09_07,
                "{" + REQUEST_ID + ",\"AggregatorId\":\"ca-DACF86D8314E00EB0123\"}")));
        assertEquals(List.of(Grade.PROTOCOL), grades(answer("CreateAggregator", ApiVersion.V2020_09_07,
                "{\"RequestId\":\"request-1\",\"AggregatorId\":\"ca-dacf86d8314e00eb0123\"}")));
        assertEquals(List.of(Grade.PAGE), grades(answer("CreateAggregator", ApiVersion.V2020_09_07,
                "{" + REQUEST_ID + "}")), "a missing AggregatorId is the page's");
    }

    @Test
    void anOperationWithoutAPageIsTheSdkModelsAndTheEnvelopeIsProtocols() {
        assertEquals(List.of(Grade.SDK_MODEL), grades(answer("GetAggregator", ApiVersion.V2020_09_07,
                "{" + REQUEST_ID + "}")));
        ApiResponse error = new ApiResponse("CreateAggregator", ApiVersion.V2020_09_07, 400, Map.of(),
                "{" + REQUEST_ID + ",\"Code\":\"AggregatorNameDuplicated\",\"Message\":\"duplicated\"}",
                ResponseFormat.JSON);
        GradedMisses misses = assertThrows(GradedMisses.class, () -> schemas.assertConformsToErrorEnvelope(error));
        assertEquals(List.of(Grade.PROTOCOL), misses.misses().stream().map(Miss::grade).distinct().toList());
    }

    @Test
    void theFieldIsReadFromJsonPointersAndXmlElementPaths() {
        assertEquals("AccountId", SchemaGrades.field("/ConfigurationRecorder/AccountId"));
        assertEquals("AggregatorId", SchemaGrades.field("3:17 /CreateAggregatorResponse/AggregatorId"));
        assertEquals("AccountId", SchemaGrades.field("/Aggregator/AggregatorAccounts/0/AccountId"));
        assertEquals("", SchemaGrades.field("/"));
    }

    private List<Grade> grades(ApiResponse response) {
        GradedMisses misses = assertThrows(GradedMisses.class, () -> schemas.assertConformsToOperationSchema(response));
        return misses.misses().stream().map(Miss::grade).distinct().toList();
    }

    private static ApiResponse answer(String action, ApiVersion version, String body) {
        return new ApiResponse(action, version, 200, Map.of(), body, ResponseFormat.JSON);
    }
}
