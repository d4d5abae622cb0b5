package io.configconformance.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.validation.JsonSchemaValidator;
import io.configconformance.validation.ResponseFields;
import io.configconformance.validation.SchemaLocations;
import io.configconformance.validation.XmlSchemaValidator;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of every error table in the five reference pages, provoked over HTTP and checked for status, Code, the
 * page's Message and the error envelope, in JSON and in XML. The rows are those of features/documented-errors.csv and
 * the messages are read from the pages themselves. Setup goes through the control API only, as the suite's does.
 */
class DocumentedErrorsTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private static final String PUT = "PutConfigurationRecorder";
    private static final String START = "StartConfigurationRecorder";
    private static final String UPDATE = "UpdateAggregator";
    private static final String CREATE = "CreateAggregator";
    private static final ApiVersion V2019 = ApiVersion.V2019_01_08;
    private static final ApiVersion V2020 = ApiVersion.V2020_09_07;


    /** One documented row: the page, the operation, the code and status, and how to provoke it. */
    record Row(String page, String action, ApiVersion version, String code, int status,
               Function<Stage, ApiResponse> provoke) {
        @Override
        public String toString() {
            return page + " " + action + " " + version + " " + code;
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // 000 PutConfigurationRecorder 2019-01-08
        rows.add(new Row("000", PUT, V2019, "NoPermission", 400, s -> s.as("unauthorized").putConfigurationRecorder("ACS::ECS::Instance")));
        rows.add(new Row("000", PUT, V2019, "ServiceUnavailable", 503, s -> s.faulty("individual", PUT, "ServiceUnavailable").putConfigurationRecorder("ACS::ECS::Instance")));
        rows.add(new Row("000", PUT, V2019, "AccountNotExisted", 404, s -> s.as("nonexistent").putConfigurationRecorder("ACS::ECS::Instance")));
        rows.add(new Row("000", PUT, V2019, "Invalid.ResourceTypes.Value", 400, s -> s.as("individual").putConfigurationRecorder("ACS::ECS::Instance,ACS::Nothing::Here")));
        rows.add(new Row("000", PUT, V2019, "ProcessIsRunning", 400, s -> s.deploying().putConfigurationRecorder("ACS::ECS::Instance")));
        rows.add(new Row("000", PUT, V2019, "EnterpriseEditionAllResourceTypesDefault", 400, s -> s.enterprise().putConfigurationRecorder("ACS::ECS::Instance")));
        rows.add(new Row("000", PUT, V2019, "RDMemberNoPermission", 400, s -> s.member().putConfigurationRecorder("ACS::ECS::Instance")));
        // 001 StartConfigurationRecorder 2020-09-07
        rows.add(new Row("001", START, V2020, "NoPermission", 400, s -> s.as("unauthorized").startConfigurationRecorder()));
        rows.add(new Row("001", START, V2020, "ProcessIsRunning", 400, s -> s.deploying().startConfigurationRecorder()));
        rows.add(new Row("001", START, V2020, "CreateSLRFail", 500, s -> s.faulty("individual", START, "CreateSLRFail").startConfigurationRecorder()));
        rows.add(new Row("001", START, V2020, "ServiceUnavailable", 503, s -> s.faulty("individual", START, "ServiceUnavailable").startConfigurationRecorder()));
        // 002 StartConfigurationRecorder 2019-01-08
        rows.add(new Row("002", START, V2019, "NoPermission", 400, s -> s.as("unauthorized").startConfigurationRecorder()));
        rows.add(new Row("002", START, V2019, "ServiceUnavailable", 503, s -> s.faulty("individual", START, "ServiceUnavailable").startConfigurationRecorder()));
        rows.add(new Row("002", START, V2019, "AccountNotExisted", 404, s -> s.as("nonexistent").startConfigurationRecorder()));
        rows.add(new Row("002", START, V2019, "CreateSLRFail", 500, s -> s.faulty("individual", START, "CreateSLRFail").startConfigurationRecorder()));
        rows.add(new Row("002", START, V2019, "EnterpriseEditonAlreadyUpgraded", 400, s -> s.enterprise().startConfigurationRecorder(true)));
        rows.add(new Row("002", START, V2019, "ProcessIsRunning", 400, s -> s.deploying().startConfigurationRecorder()));
        rows.add(new Row("002", START, V2019, "RDEnableConfigAccessFail", 400, s -> s.faulty("management", START, "RDEnableConfigAccessFail").startConfigurationRecorder(true)));
        rows.add(new Row("002", START, V2019, "EnterpriseEditionAllResourceTypesDefault", 400, s -> s.enterprise().startConfigurationRecorder()));
        rows.add(new Row("002", START, V2019, "RDMemberNoPermission", 400, s -> s.member().startConfigurationRecorder()));
        // 003 UpdateAggregator 2020-09-07
        rows.add(new Row("003", UPDATE, V2020, "Invalid.AggregatorAccounts.Empty", 400, s -> s.update(g -> g.withAccounts("[]"))));
        rows.add(new Row("003", UPDATE, V2020, "AggregatorAccountExceedMaxCount", 400, s -> s.update(g -> g.withAccounts(accounts(LongStream.rangeClosed(1, 201).map(i -> 1700000000000000L + i).toArray())))));
        rows.add(new Row("003", UPDATE, V2020, "AggregatorAccountListDuplicated", 400, s -> s.updateSecondToFirstMembers()));
        rows.add(new Row("003", UPDATE, V2020, "AggregatorAccountListItemDuplicated", 400, s -> s.update(g -> g.withAccounts(accounts(s.member(0), s.member(0))))));
        rows.add(new Row("003", UPDATE, V2020, "AggregatorAlreadyPending", 400, s -> s.updatePending()));
        rows.add(new Row("003", UPDATE, V2020, "AggregatorNameDuplicated", 400, s -> s.updateSecondToFirstName()));
        rows.add(new Row("003", UPDATE, V2020, "DefaultAggregatorDeleteNotSupport", 400, s -> s.updateGlobalGroupMembers()));
        rows.add(new Row("003", UPDATE, V2020, "Invalid.AggregatorId.Value", 400, s -> s.client(s.management()).updateAggregator(AggregatorRequest.update("ca-0000000000000000dead").withName("x"))));
        rows.add(new Row("003", UPDATE, V2020, "Invalid.AccountType.Value", 400, s -> s.update(g -> g.withAccounts("[{\"AccountId\":" + s.member(0) + ",\"AccountName\":\"a\",\"AccountType\":\"Personal\"}]"))));
        rows.add(new Row("003", UPDATE, V2020, "Invalid.AggregatorAccounts.Value", 400, s -> s.update(g -> g.withAccounts("[{\"AccountId\":"))));
        rows.add(new Row("003", UPDATE, V2020, "AggregatorMemberNoPermission", 403, s -> s.member().updateAggregator(AggregatorRequest.update("ca-0000000000000000dead").withName("x"))));
        rows.add(new Row("003", UPDATE, V2020, "AccountNotExisted", 404, s -> s.as("nonexistent").updateAggregator(AggregatorRequest.update("ca-0000000000000000dead"))));
        rows.add(new Row("003", UPDATE, V2020, "ServiceUnavailable", 503, s -> s.faulty("management", UPDATE, "ServiceUnavailable").updateAggregator(AggregatorRequest.update("ca-0000000000000000dead"))));
        // 004 CreateAggregator 2020-09-07
        rows.add(new Row("004", CREATE, V2020, "Invalid.AggregatorAccounts.Empty", 400, s -> s.client(s.management()).createAggregator(group("g", "CUSTOM"))));
        rows.add(new Row("004", CREATE, V2020, "Invalid.AggregatorAccounts.Value", 400, s -> s.client(s.management()).createAggregator(group("g", "CUSTOM").withAccounts("{\"AccountId\":1}"))));
        rows.add(new Row("004", CREATE, V2020, "Invalid.AccountType.Value", 400, s -> s.client(s.management()).createAggregator(group("g", "CUSTOM").withAccounts("[{\"accountId\":" + s.member(0) + ",\"accountName\":\"a\",\"accountType\":\"Personal\"}]"))));
        rows.add(new Row("004", CREATE, V2020, "AggregatorExceedMaxCount", 400, s -> s.createSixthGroup()));
        rows.add(new Row("004", CREATE, V2020, "AggregatorAccountListDuplicated", 400, s -> s.createSameMembersTwice()));
        rows.add(new Row("004", CREATE, V2020, "AggregatorAccountListItemDuplicated", 400, s -> s.client(s.management()).createAggregator(group("g", "CUSTOM").withAccounts(accounts(s.member(0), s.member(0))))));
        rows.add(new Row("004", CREATE, V2020, "AggregatorNameDuplicated", 400, s -> s.createSameNameTwice()));
        rows.add(new Row("004", CREATE, V2020, "NoPermissionCreateAggregator", 403, s -> s.member().createAggregator(group("g", "RD"))));
        rows.add(new Row("004", CREATE, V2020, "AccountNotExisted", 404, s -> s.as("nonexistent").createAggregator(group("g", "RD"))));
        rows.add(new Row("004", CREATE, V2020, "ServiceUnavailable", 503, s -> s.faulty("management", CREATE, "ServiceUnavailable").createAggregator(group("g", "RD"))));
        return rows;
    }

    static Stream<Arguments> rowsInBothFormats() {
        return rows().stream().flatMap(row -> Stream.of(ResponseFormat.JSON, ResponseFormat.XML)
                .map(format -> Arguments.of(row, format)));
    }

    @Test
    void everyDocumentedPairHasARow() {
        assertEquals(43, rows().stream().map(Row::toString).distinct().count(),
                "the five pages document 43 (operation, version, code) rows");
    }

    @Test
    void theRowsAreTheRowsOfTheCatalogue() {
        assertEquals(DocumentedMessages.all().stream().map(m -> m.key() + " " + m.status()).sorted().toList(),
                rows().stream().map(r -> r + " " + r.status()).sorted().toList(),
                "features/documented-errors.csv and the rows here list the same errors");
    }

    /** The page's "Error message" cell of the row, as the emulator answers it. */
    private static String pageMessage(Row row) {
        return DocumentedMessages.all().stream().filter(m -> m.key().equals(row.toString()))
                .findFirst().orElseThrow().message();
    }

    /**
     * Each documented code's ApiError carries, exactly, the "Error message" of the page's row: for every page that
     * documents the code, so a code the pages word differently would fail here for one of them.
     */
    @Test
    void everyDocumentedCodeCarriesThePagesMessageExactly() throws IllegalAccessException {
        Map<String, ApiError> byCode = new HashMap<>();
        for (Field field : Errors.class.getFields()) {
            if (field.getType() == ApiError.class) {
                ApiError error = (ApiError) field.get(null);
                assertNull(byCode.put(error.code(), error), "one ApiError per code: " + error.code());
            }
        }
        List<String> wrong = new ArrayList<>();
        for (DocumentedMessages row : DocumentedMessages.all()) {
            ApiError error = byCode.get(row.code());
            if (error == null || error.status() != row.status() || !error.getMessage().equals(row.message())) {
                wrong.add(row.page() + " " + row.action() + " " + row.code() + ": page says " + row.status() + " \""
                        + row.message() + "\", the emulator " + error);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theMessagesAreReadFromTheirPagesRows() {
        Map<String, String> some = new HashMap<>();
        DocumentedMessages.all().forEach(m -> some.put(m.pageNumber() + " " + m.code(), m.message()));
        assertEquals("You are not authorized to perform the operation. The reasons include: 1. You have not enabled the "
                + "resource directory service. 2. You are not using the administrator account of resource directory.",
                some.get("000 RDMemberNoPermission"));
        assertEquals("Failed to create SLR.", some.get("001 CreateSLRFail"));
        assertEquals("The Enterprise Edition is already upgraded.", some.get("002 EnterpriseEditonAlreadyUpgraded"));
        assertEquals("The aggregator has a pending operation and cannot be updated.",
                some.get("003 AggregatorAlreadyPending"));
        assertEquals("You are not authorized to create the aggregator.", some.get("004 NoPermissionCreateAggregator"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("rowsInBothFormats")
    void provokesTheDocumentedError(Row row, ResponseFormat format) {
        ApiResponse response = row.provoke().apply(new Stage(row.version(), format));
        assertEquals(row.action(), response.action(), "the row provokes its own operation");
        assertEquals(row.status(), response.status(), response.body());
        assertEquals(List.of(row.code()), ResponseFields.values(format, response.body(), "Code"), response.body());
        // The page's message word for word; where the emulator names the offending value, it follows after a space.
        String message = ResponseFields.values(format, response.body(), "Message").get(0);
        String documented = pageMessage(row);
        assertTrue(message.equals(documented) || message.startsWith(documented + " "),
                "Message \"" + message + "\" is not the page's \"" + documented + "\"");
        List<?> violations = format == ResponseFormat.XML
                ? new XmlSchemaValidator().validate(SchemaLocations.XML_ERROR, response.body())
                : new JsonSchemaValidator().validate(SchemaLocations.JSON_ERROR, response.body());
        assertTrue(violations.isEmpty(), violations + " in " + response.body());
        assertEquals(ResponseFields.values(format, response.body(), "RequestId").get(0),
                response.header("x-acs-request-id").orElseThrow());
    }

    /** A CreateAggregator request with the Description page 004 requires. */
    static AggregatorRequest group(String name, String type) {
        return AggregatorRequest.create(name, type).withDescription("Test account group");
    }

    static String accounts(long... ids) {
        return LongStream.of(ids).mapToObj(id -> "{\"AccountId\":" + id
                        + ",\"AccountName\":\"m" + id + "\",\"AccountType\":\"ResourceDirectory\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** Fresh accounts for one row, and clients for them in the row's version and format. */
    static final class Stage {
        private final ApiVersion version;
        private final ResponseFormat format;
        private TestAccount management;
        private long[] members;

        Stage(ApiVersion version, ResponseFormat format) {
            this.version = version;
            this.format = format;
        }

        ConfigClient client(TestAccount account) {
            return new ConfigClient(ClientSettings.defaults(emulator.baseUri(), account.credentials())
                    .withVersion(version).withFormat(format));
        }

        ConfigClient as(String role) {
            return client(emulator.control().createAccount(role));
        }

        /** A management account with three members, whose groups are created at once. */
        TestAccount management() {
            if (management == null) {
                management = emulator.control().createAccount("management");
                emulator.control().setAggregatorCreation(management.accountId(), Duration.ZERO);
                members = LongStream.range(0, 3)
                        .map(i -> emulator.control().createMember(management.accountId()).accountId()).toArray();
            }
            return management;
        }

        /** The ID of member i of the stage's management account. */
        long member(int i) {
            management();
            return members[i];
        }

        ConfigClient member() {
            return client(emulator.control().createMember(management().accountId()));
        }

        ConfigClient faulty(String role, String action, String code) {
            TestAccount account = emulator.control().createAccount(role);
            emulator.control().injectFault(action, code, 1, account.accountId());
            return client(account);
        }

        /** An individual account whose recorder is being deployed for a minute. */
        ConfigClient deploying() {
            TestAccount account = emulator.control().createAccount("individual");
            emulator.control().setRecorderTransition(account.accountId(), Duration.ofMinutes(1));
            ConfigClient client = client(account);
            expectSuccess(client.startConfigurationRecorder());
            return client;
        }

        /** A management account that has enabled Cloud Config for Enterprise, already deployed. */
        ConfigClient enterprise() {
            TestAccount account = management();
            emulator.control().setRecorderTransition(account.accountId(), Duration.ZERO);
            ConfigClient client = new ConfigClient(client(account).settings().withVersion(ApiVersion.V2019_01_08));
            expectSuccess(client.startConfigurationRecorder(true));
            return client(account);
        }

        private String createGroup(String name, String accounts) {
            ApiResponse response = client(management()).createAggregator(
                    group(name, "CUSTOM").withAccounts(accounts));
            expectSuccess(response);
            return ResponseFields.values(format, response.body(), "AggregatorId").get(0);
        }

        ApiResponse update(Function<AggregatorRequest, AggregatorRequest> change) {
            String id = createGroup("first", accounts(member(0)));
            return client(management()).updateAggregator(change.apply(AggregatorRequest.update(id)));
        }

        ApiResponse updateSecondToFirstMembers() {
            createGroup("first", accounts(member(0)));
            String second = createGroup("second", accounts(members[1]));
            return client(management()).updateAggregator(AggregatorRequest.update(second).withAccounts(accounts(members[0])));
        }

        ApiResponse updateSecondToFirstName() {
            createGroup("first", accounts(member(0)));
            String second = createGroup("second", accounts(members[1]));
            return client(management()).updateAggregator(AggregatorRequest.update(second).withName("first"));
        }

        ApiResponse updatePending() {
            management();
            emulator.control().setAggregatorCreation(management.accountId(), Duration.ofMinutes(1));
            String id = createGroup("pending", accounts(members[0]));
            return client(management).updateAggregator(AggregatorRequest.update(id).withName("renamed"));
        }

        ApiResponse updateGlobalGroupMembers() {
            ApiResponse created = client(management()).createAggregator(group("global", "RD"));
            expectSuccess(created);
            String id = ResponseFields.values(format, created.body(), "AggregatorId").get(0);
            return client(management).updateAggregator(AggregatorRequest.update(id).withAccounts(accounts(members[0])));
        }

        ApiResponse createSixthGroup() {
            management();
            long[][] lists = {{members[0]}, {members[1]}, {members[2]}, {members[0], members[1]}, {members[0], members[2]}};
            for (int i = 0; i < lists.length; i++) {
                createGroup("group-" + i, accounts(lists[i]));
            }
            return client(management).createAggregator(group("sixth", "CUSTOM")
                    .withAccounts(accounts(members[1], members[2])));
        }

        ApiResponse createSameMembersTwice() {
            createGroup("first", accounts(member(0)));
            return client(management).createAggregator(group("second", "CUSTOM")
                    .withAccounts(accounts(members[0])));
        }

        ApiResponse createSameNameTwice() {
            createGroup("first", accounts(member(0)));
            return client(management).createAggregator(group("first", "CUSTOM")
                    .withAccounts(accounts(members[1])));
        }

        private static void expectSuccess(ApiResponse response) {
            assertEquals(200, response.status(), "setup call " + response.describe() + ": " + response.body());
        }
    }
}
