package io.configconformance.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.TestAccount;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.validation.JsonSchemaValidator;
import io.configconformance.validation.ResponseFields;
import io.configconformance.validation.SchemaLocations;
import io.configconformance.validation.Violation;
import io.configconformance.validation.XmlSchemaValidator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Account groups through their whole life, over HTTP: create, read back, update, list, delete. */
class AccountGroupLifecycleTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private TestAccount management;
    private long alice;
    private long tom;
    private ConfigClient client;

    @BeforeEach
    void directory() {
        management = emulator.control().createAccount("management");
        emulator.control().setAggregatorCreation(management.accountId(), Duration.ZERO);
        alice = emulator.control().createMember(management.accountId()).accountId();
        tom = emulator.control().createMember(management.accountId()).accountId();
        client = clientFor(ResponseFormat.JSON);
    }

    private ConfigClient clientFor(ResponseFormat format) {
        return new ConfigClient(ClientSettings.defaults(emulator.baseUri(), management.credentials())
                .withVersion(ApiVersion.V2020_09_07).withFormat(format));
    }

    private static List<String> field(ApiResponse response, String path) {
        return ResponseFields.values(response.format(), response.body(), path);
    }

    private static String one(ApiResponse response, String path) {
        assertEquals(200, response.status(), response.body());
        List<String> values = field(response, path);
        assertEquals(1, values.size(), path + " in " + response.body());
        return values.get(0);
    }

    private String create(String name, String accounts) {
        return one(client.createAggregator(AggregatorRequest.create(name, "CUSTOM").withDescription("d")
                .withAccounts(accounts)), "AggregatorId");
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void createReadUpdateListDelete(ResponseFormat format) {
        client = clientFor(format);
        String id = create("Test_Group", TestGroups.accounts(alice));
        assertTrue(id.matches("ca-[0-9a-f]{20}"), id);
        ApiResponse read = client.getAggregator(id);
        assertEquals("Test_Group", one(read, "Aggregator.AggregatorName"));
        assertEquals("CUSTOM", one(read, "Aggregator.AggregatorType"));
        assertEquals(List.of(String.valueOf(alice)), field(read, "Aggregator.AggregatorAccounts.AccountId"));
        assertEquals("1", one(read, "Aggregator.AggregatorStatus"));

        assertEquals(id, one(client.updateAggregator(AggregatorRequest.update(id).withName("Renamed")), "AggregatorId"));
        ApiResponse renamed = client.getAggregator(id);
        assertEquals("Renamed", one(renamed, "Aggregator.AggregatorName"));
        assertEquals(List.of(String.valueOf(alice)), field(renamed, "Aggregator.AggregatorAccounts.AccountId"),
                "the member list changes only when AggregatorAccounts is given");

        client.updateAggregator(AggregatorRequest.update(id).withAccounts(TestGroups.accounts(alice, tom)));
        assertEquals("2", one(client.getAggregator(id), "Aggregator.AggregatorAccountCount"));
        assertEquals(List.of(id), field(client.listAggregators(100), "AggregatorsResult.Aggregators.AggregatorId"));

        assertEquals(200, client.deleteAggregators(id).status());
        assertEquals(List.of(), field(client.listAggregators(100), "AggregatorsResult.Aggregators.AggregatorId"));
        assertEquals(400, client.getAggregator(id).status());
    }

    @Test
    void aGroupCreatedWithoutAggregatorTypeIsCustom() {
        AggregatorRequest untyped = TestGroups.group("untyped", null);
        ApiResponse empty = client.createAggregator(untyped);
        assertEquals("Invalid.AggregatorAccounts.Empty", field(empty, "Code").get(0), empty.body());
        String id = one(client.createAggregator(untyped.withAccounts(TestGroups.accounts(alice))),
                "AggregatorId");
        assertEquals("CUSTOM", one(client.getAggregator(id), "Aggregator.AggregatorType"));
        assertEquals(List.of(String.valueOf(alice)),
                field(client.getAggregator(id), "Aggregator.AggregatorAccounts.AccountId"));
    }

    @Test
    void aClientTokenReplayAnswersTheSameGroupAndCreatesNoOther() {
        AggregatorRequest request = TestGroups.group("once", "CUSTOM")
                .withAccounts(TestGroups.accounts(alice)).withClientToken("1594295238-f9361358-5843");
        String first = one(client.createAggregator(request), "AggregatorId");
        String replay = one(client.createAggregator(request), "AggregatorId");
        assertEquals(first, replay);
        assertEquals(1, field(client.listAggregators(100), "AggregatorsResult.Aggregators.AggregatorId").size());
        ApiResponse mismatch = client.createAggregator(request.withName("other"));
        assertEquals("IdempotentParameterMismatch", field(mismatch, "Code").get(0), mismatch.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[{\"AccountId\":%d,\"AccountName\":\"Alice\",\"AccountType\":\"ResourceDirectory\"}]",
        "[{\"AccountId\":\"%d\",\"AccountName\":\"Alice\",\"AccountType\":\"ResourceDirectory\"}]",
        "[{\"accountId\":%d,\"accountName\":\"Alice\",\"accountType\":\"ResourceDirectory\"}]",
        "[{\"accountId\":\"%d\",\"accountType\":\"ResourceDirectory\",\"accountName\":\"Alice\"}]",
    })
    void aggregatorAccountsAreReadAsEveryClientSendsThem(String template) {
        String id = create("g", String.format(template, alice));
        assertEquals(List.of(String.valueOf(alice)),
                field(client.getAggregator(id), "Aggregator.AggregatorAccounts.AccountId"));
        assertEquals(List.of("Alice"), field(client.getAggregator(id), "Aggregator.AggregatorAccounts.AccountName"));
    }

    @Test
    void anUpdateReplayedWithItsClientTokenAnswersTheSameGroupAndChangesNothingAgain() {
        String id = create("first", TestGroups.accounts(alice));
        String token = "1594295238-f9361358-5843-4294-8d30-b5183fac0002";
        AggregatorRequest rename = AggregatorRequest.update(id).withName("A")
                .withAccounts(TestGroups.accounts(alice, tom)).withClientToken(token);
        assertEquals(id, one(client.updateAggregator(rename), "AggregatorId"));
        one(client.updateAggregator(AggregatorRequest.update(id).withName("B")
                .withAccounts(TestGroups.accounts(tom))), "AggregatorId");
        assertEquals(id, one(client.updateAggregator(rename), "AggregatorId"));
        ApiResponse read = client.getAggregator(id);
        assertEquals("B", one(read, "Aggregator.AggregatorName"), "the replay changed nothing again");
        assertEquals(List.of(String.valueOf(tom)), field(read, "Aggregator.AggregatorAccounts.AccountId"));

        String other = create("other", TestGroups.accounts(alice));
        for (AggregatorRequest mismatch : List.of(rename.withName("C"), rename.withDescription("new"),
                rename.withAccounts(TestGroups.accounts(alice)), AggregatorRequest.update(other)
                        .withName("A").withAccounts(TestGroups.accounts(alice, tom)).withClientToken(token))) {
            ApiResponse refused = client.updateAggregator(mismatch);
            assertEquals(400, refused.status(), refused.body());
            assertEquals("IdempotentParameterMismatch", field(refused, "Code").get(0), refused.body());
        }
        assertEquals("B", one(client.getAggregator(id), "Aggregator.AggregatorName"));
        assertEquals("other", one(client.getAggregator(other), "Aggregator.AggregatorName"));
        one(client.createAggregator(TestGroups.group("created", "RD").withClientToken(token)), "AggregatorId");
    }

    @Test
    void anUpdateNeedsAnAggregatorIdAndAWellFormedClientToken() {
        ApiResponse missing = client.updateAggregator(AggregatorRequest.update(null).withName("x"));
        assertEquals(400, missing.status(), missing.body());
        assertEquals("MissingParameter", field(missing, "Code").get(0));
        assertTrue(field(missing, "Message").get(0).contains("\"AggregatorId\""), missing.body());
        String id = create("g", TestGroups.accounts(alice));
        for (String token : List.of("t".repeat(65), "令牌-1594295238")) {
            ApiResponse refused = client.updateAggregator(AggregatorRequest.update(id).withName("x")
                    .withClientToken(token));
            assertEquals("InvalidParameter", field(refused, "Code").get(0), refused.body());
        }
        assertEquals("g", one(client.getAggregator(id), "Aggregator.AggregatorName"));
        assertEquals(id, one(client.updateAggregator(AggregatorRequest.update(id).withName("x")
                .withClientToken("t".repeat(64))), "AggregatorId"));
    }

    @Test
    void aGroupMayBeRenamedToTheNameItHas() {
        String id = create("Test_Group", TestGroups.accounts(alice));
        assertEquals(id, one(client.updateAggregator(AggregatorRequest.update(id).withName("Test_Group")),
                "AggregatorId"));
        assertEquals("Test_Group", one(client.getAggregator(id), "Aggregator.AggregatorName"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[{\"AccountId\":%d,\"AccountType\":\"ResourceDirectory\"}]",
        "[{\"AccountId\":%d,\"AccountName\":\"\",\"AccountType\":\"ResourceDirectory\"}]",
        "[{\"accountId\":%d,\"accountName\":\"\",\"accountType\":\"ResourceDirectory\"}]",
    })
    void anUpdatedMemberListNeedsAccountNamesACreatedOneDoesNot(String template) {
        String id = create("named", String.format(template, alice));
        assertEquals(List.of(""), field(client.getAggregator(id), "Aggregator.AggregatorAccounts.AccountName"));
        ApiResponse refused = client.updateAggregator(AggregatorRequest.update(id)
                .withAccounts(String.format(template, tom)));
        assertEquals(400, refused.status(), refused.body());
        assertEquals("Invalid.AggregatorAccounts.Value", field(refused, "Code").get(0));
        assertTrue(field(refused, "Message").get(0).contains("AccountName is required"), refused.body());
        assertEquals(List.of(String.valueOf(alice)),
                field(client.getAggregator(id), "Aggregator.AggregatorAccounts.AccountId"));
    }

    @Test
    void aGlobalGroupHoldsTheWholeDirectoryAndOnlyOneIsAllowed() {
        String id = one(client.createAggregator(TestGroups.group("global", "RD")), "AggregatorId");
        assertEquals(List.of(String.valueOf(alice), String.valueOf(tom)),
                field(client.getAggregator(id), "Aggregator.AggregatorAccounts.AccountId"));
        ApiResponse second = client.createAggregator(TestGroups.group("global-2", "RD"));
        assertEquals("AggregatorExceedMaxCount", field(second, "Code").get(0), second.body());
    }

    @Test
    void aGlobalGroupHoldsTheWholeDirectoryWhateverListItIsGiven() {
        String id = one(client.createAggregator(TestGroups.group("global", "RD")
                .withAccounts(TestGroups.accounts(alice))), "AggregatorId");
        assertEquals(List.of(String.valueOf(alice), String.valueOf(tom)),
                field(client.getAggregator(id), "Aggregator.AggregatorAccounts.AccountId"));
        assertEquals("2", one(client.listAggregators(100), "AggregatorsResult.Aggregators.AggregatorAccountCount"));
    }

    @Test
    void aListGivenForAGlobalGroupIsStillCheckedLikeAnyList() {
        AggregatorRequest global = TestGroups.group("global", "RD");
        assertEquals("Invalid.AggregatorAccounts.Value",
                field(client.createAggregator(global.withAccounts("[{\"AccountId\":")), "Code").get(0));
        assertEquals("Invalid.AccountType.Value", field(client.createAggregator(global.withAccounts(
                "[{\"AccountId\":" + alice + ",\"AccountType\":\"Personal\"}]")), "Code").get(0));
        assertEquals("AggregatorAccountListItemDuplicated", field(client.createAggregator(
                global.withAccounts(TestGroups.accounts(alice, alice))), "Code").get(0));
        assertEquals(List.of(), field(client.listAggregators(100), "AggregatorsResult.Aggregators.AggregatorId"));
    }

    @Test
    void identicalMemberListsAreTheMembersGroupsReallyHold() {
        create("alice-only", TestGroups.accounts(alice));
        one(client.createAggregator(TestGroups.group("global", "RD")
                .withAccounts(TestGroups.accounts(alice))), "AggregatorId");
        ApiResponse sameAsGlobal = client.createAggregator(TestGroups.group("everyone", "CUSTOM")
                .withAccounts(TestGroups.accounts(tom, alice)));
        assertEquals("AggregatorAccountListDuplicated", field(sameAsGlobal, "Code").get(0), sameAsGlobal.body());
    }

    @Test
    void aGlobalGroupWithTheSameMembersAsACustomGroupIsADuplicate() {
        create("everyone", TestGroups.accounts(alice, tom));
        ApiResponse global = client.createAggregator(TestGroups.group("global", "RD")
                .withAccounts(TestGroups.accounts(alice)));
        assertEquals("AggregatorAccountListDuplicated", field(global, "Code").get(0), global.body());
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void theGlobalGroupIsNotDeletedWithTheOthers(ResponseFormat format) {
        client = clientFor(format);
        String global = one(client.createAggregator(TestGroups.group("global", "RD")), "AggregatorId");
        String custom = create("custom", TestGroups.accounts(alice));
        ApiResponse deleted = client.deleteAggregators(global, custom);
        String entries = "OperateAggregatorsResult.OperateAggregators.";
        assertEquals(List.of(global, custom), field(deleted, entries + "AggregatorId"), deleted.body());
        assertEquals(List.of("false", "true"), field(deleted, entries + "Success"), deleted.body());
        assertEquals(List.of("DefaultAggregatorDeleteNotSupport"), field(deleted, entries + "ErrorCode"));
        String version = ApiVersion.V2020_09_07.wireName();
        List<Violation> violations = format == ResponseFormat.XML
                ? new XmlSchemaValidator().validate(SchemaLocations.xml(version, "DeleteAggregators"), deleted.body())
                : new JsonSchemaValidator().validate(SchemaLocations.json(version, "DeleteAggregators"), deleted.body());
        assertEquals(List.of(), violations, deleted.body());
        assertEquals(List.of(global), field(client.listAggregators(100), "AggregatorsResult.Aggregators.AggregatorId"));
    }

    @Test
    void anIdThatIsNotTheCallersRefusesTheWholeDeletion() {
        String global = one(client.createAggregator(TestGroups.group("global", "RD")), "AggregatorId");
        String custom = create("custom", TestGroups.accounts(alice));
        ApiResponse refused = client.deleteAggregators(custom, global, "ca-00000000000000000000");
        assertEquals("Invalid.AggregatorId.Value", field(refused, "Code").get(0), refused.body());
        assertEquals(List.of(global, custom),
                field(client.listAggregators(100), "AggregatorsResult.Aggregators.AggregatorId"));
    }

    @Test
    void aFolderGroupHoldsTheFoldersMembersAndNeedsAFolderOfTheDirectory() {
        String folder = emulator.control().createFolder(management.accountId());
        long inFolder = emulator.control().createMember(management.accountId(), folder).accountId();
        String id = one(client.createAggregator(TestGroups.group("folder", "FOLDER").withFolderId(folder)),
                "AggregatorId");
        assertEquals(List.of(String.valueOf(inFolder)),
                field(client.getAggregator(id), "Aggregator.AggregatorAccounts.AccountId"));
        assertEquals(folder, one(client.getAggregator(id), "Aggregator.FolderId"));
        assertEquals("MissingParameter", field(client.createAggregator(TestGroups.group("f2", "FOLDER")),
                "Code").get(0));
        assertEquals("InvalidParameter", field(client.createAggregator(TestGroups.group("f3", "FOLDER")
                .withFolderId("fd-notmine")), "Code").get(0));
        ApiResponse outside = client.createAggregator(TestGroups.group("f4", "FOLDER").withFolderId(folder)
                .withAccounts(TestGroups.accounts(alice)));
        assertEquals("Invalid.AggregatorAccounts.Value", field(outside, "Code").get(0), outside.body());
    }

    @Test
    void aGroupIsPendingWhileItIsCreated() {
        emulator.control().setAggregatorCreation(management.accountId(), Duration.ofMinutes(1));
        String id = create("slow", TestGroups.accounts(alice));
        assertEquals("0", one(client.getAggregator(id), "Aggregator.AggregatorStatus"));
    }

    @Test
    void anotherManagementAccountCannotSeeOrTouchTheGroup() {
        String id = create("mine", TestGroups.accounts(alice));
        TestAccount stranger = emulator.control().createAccount("management");
        ConfigClient strangerClient = new ConfigClient(ClientSettings.defaults(emulator.baseUri(),
                stranger.credentials()));
        assertEquals("Invalid.AggregatorId.Value", field(strangerClient.getAggregator(id), "Code").get(0));
        assertEquals("Invalid.AggregatorId.Value",
                field(strangerClient.updateAggregator(AggregatorRequest.update(id).withName("x")), "Code").get(0));
        assertEquals(List.of(), field(strangerClient.listAggregators(100), "AggregatorsResult.Aggregators.AggregatorId"));
        assertNotEquals(0, field(client.listAggregators(100), "AggregatorsResult.Aggregators.AggregatorId").size());
    }

    @Test
    void theControlApiListsTheGroup() {
        String id = create("listed", TestGroups.accounts(alice));
        assertEquals(id, emulator.control().resources(management.accountId()).path("Aggregators").get(0)
                .path("AggregatorId").asString());
    }

    @Test
    void aGroupNeedsADescriptionCheckedRightAfterItsName() {
        AggregatorRequest unnamed = AggregatorRequest.create(null, "CUSTOM")
                .withAccounts(TestGroups.accounts(alice));
        for (AggregatorRequest undescribed : List.of(unnamed.withName("g"), unnamed.withName("g").withDescription(""))) {
            ApiResponse refused = client.createAggregator(undescribed);
            assertEquals(400, refused.status(), refused.body());
            assertEquals("MissingParameter", field(refused, "Code").get(0));
            assertTrue(field(refused, "Message").get(0).contains("\"Description\""), refused.body());
        }
        ApiResponse neither = client.createAggregator(unnamed.withAccounts("not json"));
        assertTrue(field(neither, "Message").get(0).contains("\"AggregatorName\""), neither.body());
        ApiResponse beforeAccounts = client.createAggregator(unnamed.withName("g").withAccounts("not json"));
        assertTrue(field(beforeAccounts, "Message").get(0).contains("\"Description\""), beforeAccounts.body());
        assertEquals(List.of(), field(client.listAggregators(100), "AggregatorsResult.Aggregators.AggregatorId"));
    }
}
