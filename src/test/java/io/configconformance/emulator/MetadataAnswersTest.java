package io.configconformance.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.ParameterPlacement;
import io.configconformance.client.TestAccount;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.validation.ResponseFields;
import io.configconformance.witness.MetadataFacts;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The operations without a page answer as the API metadata documents them (docs/ERRATA.md A35, A36): every error they
 * give is a row of the metadata for that operation, with its status and message, or one of the gateway's (A7); every
 * parameter the metadata marks required, in any of the ten operations, is required; and the suite's client gets the
 * same answers whether its parameters travel in the query or in a form body, as the metadata places them (E19).
 */
class MetadataAnswersTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    /** The gateway's codes for a parameter missing or malformed, which no operation's table lists (A7). */
    private static final Set<String> GATEWAY = Set.of("MissingParameter", "InvalidParameter");
    private static final String UNKNOWN_GROUP = "ca-00000000000000000000";

    private TestAccount management;
    private TestAccount member;
    private String group;

    @BeforeEach
    void directoryWithAGroup() {
        management = emulator.control().createAccount("management", null, Duration.ZERO);
        member = emulator.control().createMember(management.accountId());
        ApiResponse created = client(management, ResponseFormat.JSON).createAggregator(
                TestGroups.group("Witnessed", "CUSTOM").withAccounts(TestGroups.accounts(member.accountId())));
        group = ResponseFields.values(created.format(), created.body(), "AggregatorId").get(0);
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void everyErrorOfAnOperationWithoutAPageIsOneTheMetadataDocuments(ResponseFormat format) {
        String six = String.join(",", List.of("ca-1", "ca-2", "ca-3", "ca-4", "ca-5", "ca-6"));
        Map<String, ApiResponse> answers = new java.util.LinkedHashMap<>();
        ConfigClient owner = client(management, format);
        answers.put("GetAggregator without AggregatorId", owner.call("GetAggregator", Map.of()));
        answers.put("GetAggregator of no group", owner.getAggregator(UNKNOWN_GROUP));
        answers.put("GetAggregator by a member", client(member, format).getAggregator(group));
        answers.put("ListAggregators without MaxResults", owner.call("ListAggregators", Map.of()));
        answers.put("ListAggregators of 101", owner.listAggregators(101));
        answers.put("DeleteAggregators without AggregatorIds", owner.call("DeleteAggregators", Map.of()));
        answers.put("DeleteAggregators of commas", owner.deleteAggregators(",", ""));
        answers.put("DeleteAggregators of six", owner.deleteAggregators(six));
        answers.put("DeleteAggregators by a member", client(member, format).deleteAggregators(group));
        TestAccount gone = emulator.control().createAccount("nonexistent");
        answers.put("GetConfigurationRecorder of no account", client(gone, format).getConfigurationRecorder());
        answers.put("DescribeConfigurationRecorder of no account", new ConfigClient(ClientSettings.defaults(
                emulator.baseUri(), gone.credentials()).withVersion(ApiVersion.V2019_01_08).withFormat(format))
                .describeConfigurationRecorder());
        Map<String, String> codes = new HashMap<>();
        answers.forEach((what, answer) -> codes.put(what, documented(what, answer)));
        assertEquals(Map.ofEntries(Map.entry("GetAggregator without AggregatorId", "400 MissingParameter"),
                Map.entry("GetAggregator of no group", "400 Invalid.AggregatorId.Value"),
                Map.entry("GetAggregator by a member", "400 Invalid.AggregatorId.Value"),
                Map.entry("ListAggregators without MaxResults", "400 MissingParameter"),
                Map.entry("ListAggregators of 101", "400 InvalidParameter"),
                Map.entry("DeleteAggregators without AggregatorIds", "400 Invalid.AggregatorIds.Empty"),
                Map.entry("DeleteAggregators of commas", "400 Invalid.AggregatorIds.Empty"),
                Map.entry("DeleteAggregators of six", "400 Invalid.AggregatorIds.SizeExceed"),
                Map.entry("DeleteAggregators by a member", "403 AggregatorMemberNoPermission"),
                Map.entry("GetConfigurationRecorder of no account", "404 AccountNotExisted"),
                Map.entry("DescribeConfigurationRecorder of no account", "404 AccountNotExisted")), codes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-01-08", "2020-09-07"})
    void everyParameterTheMetadataRequiresIsRequired(String version) {
        ConfigClient owner = new ConfigClient(ClientSettings.defaults(emulator.baseUri(), management.credentials())
                .withVersion(ApiVersion.parse(version)));
        Map<String, String> valid = Map.of("AggregatorId", group, "MaxResults", "10", "AggregatorIds", UNKNOWN_GROUP,
                "AggregatorName", "Witnessed_Required", "Description", "d", "ResourceTypes", "ACS::ECS::Instance");
        MetadataFacts metadata = MetadataFacts.shipped(version);
        List<String> checked = new java.util.ArrayList<>();
        for (String operation : metadata.operations()) {
            List<String> required = parameters(metadata, operation).stream()
                    .filter(p -> p.path("required").asBoolean()).map(p -> p.path("name").asString()).toList();
            for (String missing : required) {
                Map<String, String> others = new HashMap<>();
                required.stream().filter(name -> !name.equals(missing)).forEach(name -> others.put(name,
                        valid.get(name)));
                String code = documented(operation + " without " + missing, owner.call(operation, others));
                assertTrue(code.equals("400 MissingParameter") || code.equals("400 Invalid.AggregatorIds.Empty"),
                        operation + " without " + missing + ": " + code);
                checked.add(operation + " " + missing);
            }
        }
        assertEquals(version.equals("2019-01-08") ? List.of("PutConfigurationRecorder ResourceTypes")
                : List.of("CreateAggregator AggregatorName", "CreateAggregator Description",
                        "DeleteAggregators AggregatorIds", "GetAggregator AggregatorId", "ListAggregators MaxResults",
                        "UpdateAggregator AggregatorId"), checked);
    }

    @ParameterizedTest
    @EnumSource(ParameterPlacement.class)
    void theSuitesClientSendsWhatTheMetadataRequiresWhereverItPutsIt(ParameterPlacement placement) {
        ConfigClient owner = new ConfigClient(ClientSettings.defaults(emulator.baseUri(), management.credentials())
                .withVersion(ApiVersion.V2020_09_07).withPlacement(placement));
        assertEquals(200, owner.getAggregator(group).status());
        assertEquals(200, owner.listAggregators(10).status());
        assertEquals(200, owner.deleteAggregators(group).status());
        assertEquals(400, owner.getAggregator(group).status(), "the group is gone");
    }

    @Test
    void theMetadataPlacesTheReadersParametersInTheQueryAndTheWritersInTheForm() {
        MetadataFacts metadata = MetadataFacts.shipped("2020-09-07");
        assertEquals(Set.of("query"), places(metadata, "GetAggregator"));
        assertEquals(Set.of("query"), places(metadata, "ListAggregators"));
        for (String writer : List.of("CreateAggregator", "UpdateAggregator", "DeleteAggregators")) {
            assertEquals(Set.of("formData"), places(metadata, writer), writer);
        }
    }

    /** "status code" of an error answer, after checking it against the operation's metadata or the gateway's codes. */
    private static String documented(String what, ApiResponse answer) {
        String code = ResponseFields.values(answer.format(), answer.body(), "Code").stream().findFirst()
                .orElseThrow(() -> new AssertionError(what + " answered no error: " + answer.body()));
        String message = ResponseFields.values(answer.format(), answer.body(), "Message").get(0);
        if (!GATEWAY.contains(code)) {
            JsonNode row = MetadataFacts.shipped(answer.version().wireName()).error(answer.action(), code)
                    .orElseThrow(() -> new AssertionError(what + ": the metadata documents no " + code + " for "
                            + answer.action()));
            assertEquals(row.path("status").asInt(), answer.status(), what);
            assertTrue(message.startsWith(row.path("message").asString()), what + ": " + message);
        }
        return answer.status() + " " + code;
    }

    private static List<JsonNode> parameters(MetadataFacts metadata, String operation) {
        return StreamSupport.stream(metadata.operation(operation).path("parameters").spliterator(), false).toList();
    }

    private static Set<String> places(MetadataFacts metadata, String operation) {
        return parameters(metadata, operation).stream().map(p -> p.path("in").asString()).collect(Collectors.toSet());
    }

    private static ConfigClient client(TestAccount account, ResponseFormat format) {
        return new ConfigClient(ClientSettings.defaults(emulator.baseUri(), account.credentials())
                .withVersion(ApiVersion.V2020_09_07).withFormat(format));
    }
}
