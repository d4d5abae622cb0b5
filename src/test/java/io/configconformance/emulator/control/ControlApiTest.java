package io.configconformance.emulator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.Pacing;
import io.configconformance.client.TestAccount;
import io.configconformance.client.EmulatorControl;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.emulator.Timings;
import io.configconformance.protocol.ApiVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The control API under /__emulator/, driven over HTTP as the suite and other teams' tests drive it. */
class ControlApiTest {

    private Emulator emulator;
    /** The control client's wire: its secrets are what its lines are masked of. */
    private final Pacing wire = Pacing.none();
    private EmulatorControl control;

    @BeforeEach
    void start() {
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
        control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(5), null, wire);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void startsWithOneDefaultAccountPerRole() {
        List<TestAccount> accounts = control.accounts();
        Set<String> roles = accounts.stream().map(TestAccount::role).collect(Collectors.toSet());
        assertEquals(Set.of("individual", "management", "member", "unauthorized", "nonexistent"), roles);
        assertTrue(accounts.stream().allMatch(a -> a.credentials().accessKeyId().startsWith("LTAI")));
    }

    @Test
    void createsAMemberInTheDirectoryOfAManagementAccount() {
        TestAccount management = control.createAccount("management");
        TestAccount member = control.createMember(management.accountId());
        assertEquals("member", member.role());
        assertEquals(management.accountId(), member.managementAccountId());
        assertTrue(control.accounts().contains(member));
    }

    @Test
    void resetForgetsCreatedAccounts() {
        TestAccount created = control.createAccount("individual");
        control.reset();
        assertFalse(control.accounts().contains(created));
        assertEquals(6, control.accounts().size());
    }

    @Test
    void resetForgetsEveryAccountGroupTheGlobalOneToo() {
        TestAccount management = control.createAccount("management");
        control.createMember(management.accountId());
        ApiResponse created = new ConfigClient(ClientSettings.defaults(emulator.baseUri(), management.credentials()))
                .createAggregator(AggregatorRequest.create("global", "RD").withDescription("d"));
        assertEquals(200, created.status(), created.body());
        assertEquals(1, control.resources(management.accountId()).path("Aggregators").size());
        control.reset();
        assertEquals(0, control.resources(null).path("Aggregators").size());
    }

    @Test
    void createsAnAccountWithItsOwnTimingsInOneRequest() {
        TestAccount both = control.createAccount("management", Duration.ofMillis(1234), Duration.ZERO);
        assertEquals(new Timings(Duration.ofMillis(1234), Duration.ZERO), emulator.state().timings(both.accountId()));
        TestAccount one = control.createAccount("individual", null, Duration.ofMillis(5));
        assertEquals(new Timings(EmulatorSettings.DEFAULT_TRANSITION, Duration.ofMillis(5)),
                emulator.state().timings(one.accountId()));
        TestAccount none = control.createAccount("unauthorized", null, null);
        assertEquals(emulator.state().timings(), emulator.state().timings(none.accountId()));
        assertEquals(EmulatorSettings.DEFAULT_TRANSITION, emulator.state().recorderTransition(1300000000000001L),
                "other accounts keep the emulator's timings");
    }

    @Test
    void anAccountWithInvalidTimingsIsNotCreated() throws Exception {
        int before = control.accounts().size();
        for (String body : List.of("{\"Role\":\"management\",\"RecorderTransitionMillis\":-1}",
                "{\"Role\":\"individual\",\"AggregatorCreationMillis\":\"soon\"}",
                "{\"Role\":\"individual\",\"AggregatorCreationMillis\":3600001}")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(emulator.baseUri() + "/__emulator/accounts")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"Code\":\"InvalidParameter\""), response.body());
            assertTrue(response.body().contains("Millis"), "the message names the timing: " + response.body());
        }
        assertEquals(before, control.accounts().size());
    }

    @Test
    void setsOneAccountsDeploymentTime() {
        TestAccount account = control.createAccount("individual");
        control.setRecorderTransition(account.accountId(), Duration.ofMillis(1234));
        assertEquals(Duration.ofMillis(1234), emulator.state().recorderTransition(account.accountId()));
        assertEquals(EmulatorSettings.DEFAULT_TRANSITION, emulator.state().recorderTransition(1300000000000001L));
    }

    @Test
    void aFaultHitsOnlyItsAccountForItsNumberOfCalls() {
        TestAccount target = control.createAccount("individual");
        TestAccount bystander = control.createAccount("individual");
        control.injectFault("StartConfigurationRecorder", "CreateSLRFail", 2, target.accountId());
        assertEquals(1, faultsArmed());
        ConfigClient targetClient = client(target);
        assertEquals(500, targetClient.startConfigurationRecorder().status());
        assertEquals(200, client(bystander).startConfigurationRecorder().status(), "another account is untouched");
        assertEquals(500, targetClient.startConfigurationRecorder().status());
        assertEquals(200, targetClient.startConfigurationRecorder().status(), "two calls, then the fault is spent");
        assertEquals(0, faultsArmed());
    }

    @Test
    void aMemberCanBePlacedInANewFolder() {
        TestAccount management = control.createAccount("management");
        String folder = control.createFolder(management.accountId());
        assertTrue(folder.startsWith("fd-"), folder);
        TestAccount member = control.createMember(management.accountId(), folder);
        assertEquals(management.accountId(), member.managementAccountId());
    }

    @Test
    void listsTheRecordersOfAnAccount() {
        TestAccount account = control.createAccount("individual");
        client(account).startConfigurationRecorder();
        JsonNode recorders = control.resources(account.accountId()).path("Recorders");
        assertEquals(1, recorders.size());
        assertEquals(account.accountId(), recorders.get(0).path("AccountId").asLong());
        assertEquals("BUILDING", recorders.get(0).path("ConfigurationRecorderStatus").asString());
    }

    private int faultsArmed() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(emulator.baseUri() + "/__emulator/faults")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return JsonMapper.builder().build().readTree(response.body()).path("Faults").size();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private ConfigClient client(TestAccount account) {
        return new ConfigClient(ClientSettings.defaults(emulator.baseUri(), account.credentials()));
    }

    @Test
    void describesItself() {
        assertEquals("config-conformance", control.info().path("Emulator").asString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "POST | accounts | {\"Role\":\"superuser\"} | 400 | InvalidParameter",
        "POST | accounts | {\"Role\":\"member\"} | 400 | InvalidParameter",
        "POST | accounts | {not json | 400 | InvalidParameter",
        "PUT | settings | {\"RecorderTransitionMillis\":-1} | 400 | InvalidParameter",
        "PUT | accounts/1300000000000001/settings | {\"RecorderTransitionMillis\":\"soon\"} | 400 | InvalidParameter",
        "PUT | accounts/999/settings | {\"RecorderTransitionMillis\":0} | 404 | AccountNotExisted",
        "POST | faults | {\"Action\":\"CreateAggregator\",\"Code\":\"CreateSLRFail\"} | 400 | InvalidParameter",
        "POST | faults | {\"Action\":\"Nothing\",\"Code\":\"ServiceUnavailable\"} | 400 | InvalidParameter",
        "POST | faults | {\"Action\":\"CreateAggregator\",\"Code\":\"ServiceUnavailable\",\"Times\":0} | 400 | InvalidParameter",
        "POST | faults | {\"Action\":\"CreateAggregator\",\"Code\":\"Throttling\",\"Tims\":2} | 400 | InvalidParameter",
        "POST | faults | {\"Action\":\"CreateAggregator\",\"Code\":\"Throttling\",\"AccountId\":\"abc\"} | 400 | InvalidParameter",
        "POST | faults | {\"Action\":\"CreateAggregator\",\"Code\":\"Throttling\",\"AccountId\":999} | 400 | InvalidParameter",
        "POST | faults | {\"Action\":\"CreateAggregator\",\"DelayMillis\":-5} | 400 | InvalidParameter",
        "PUT | settings | {\"RateLimitPerSecond\":1.5} | 400 | InvalidParameter",
        "PUT | settings | {\"LatencyMillis\":1000000000000000000000000000000} | 400 | InvalidParameter",
        "POST | folders | {\"ManagementAccountId\":1300000000000001} | 400 | InvalidParameter",
        "GET | resources?AccountId=abc | '' | 400 | InvalidParameter",
        "GET | nothing-here | '' | 404 | InvalidAction.NotFound",
        "DELETE | accounts | '' | 404 | InvalidAction.NotFound",
    })
    void refusesBadRequestsWithTheErrorEnvelope(String method, String path, String body, int status, String code)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUri() + "/__emulator/" + path))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"Code\":\"" + code + "\""), response.body());
        assertTrue(response.body().contains("\"RequestId\""), response.body());
    }

    @Test
    void aClientOfAnEndpointWithoutControlApiGetsAReason() {
        EmulatorControl nowhere = new EmulatorControl(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(2));
        EmulatorControl.ControlApiException e = assertThrows(EmulatorControl.ControlApiException.class, nowhere::info);
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
    }

    /** POST /__emulator/accounts with a Count: many accounts in one request, all usable, or none on bad input. */
    @Nested
    class AccountBatches {

        @Test
        void oneRequestCreatesDistinctMembersEachSigningItsOwnRequests() {
            TestAccount management = control.createAccount("management");
            List<TestAccount> members = control.createMembers(management.accountId(), null, 25);
            assertEquals(25, members.size());
            assertEquals(25, members.stream().map(TestAccount::accountId).distinct().count());
            assertEquals(25, members.stream().map(m -> m.credentials().accessKeyId()).distinct().count());
            assertEquals(members.stream().map(TestAccount::accountId).collect(Collectors.toSet()),
                    emulator.state().accounts().members(management.accountId()).stream().map(a -> a.accountId())
                            .collect(Collectors.toSet()), "the answer holds exactly the directory's members");
            for (TestAccount member : members) {
                assertEquals(management.accountId(), member.managementAccountId());
                // refused as a member of a directory: the emulator took the key and its signature as that member's
                ApiResponse start = new ConfigClient(ClientSettings.defaults(emulator.baseUri(), member.credentials())
                        .withVersion(ApiVersion.V2019_01_08)).startConfigurationRecorder();
                assertEquals(400, start.status(), start.body());
                assertTrue(start.body().contains("RDMemberNoPermission"), start.body());
            }
        }

        @Test
        void everySecretOfTheAnswerIsMasked() {
            TestAccount management = control.createAccount("management");
            for (TestAccount member : control.createMembers(management.accountId(), null, 3)) {
                String secret = member.credentials().accessKeySecret();
                assertFalse(wire.secrets().mask("secret " + secret).contains(secret), "member " + member.accountId());
            }
        }

        @Test
        void aBatchInAFolderWithTimingsGivesEveryAccountBoth() throws Exception {
            TestAccount management = control.createAccount("management");
            String folder = control.createFolder(management.accountId());
            JsonNode answer = postAccounts("{\"Role\":\"member\",\"ManagementAccountId\":" + management.accountId()
                    + ",\"FolderId\":\"" + folder + "\",\"Count\":3,\"AggregatorCreationMillis\":7}");
            assertEquals(3, answer.path("Accounts").size(), answer.toString());
            for (JsonNode account : answer.path("Accounts")) {
                assertEquals(folder, account.path("FolderId").asString());
                assertEquals(new Timings(EmulatorSettings.DEFAULT_TRANSITION, Duration.ofMillis(7)),
                        emulator.state().timings(account.path("AccountId").asLong()));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "\"200\"", "2.5", "true", "null", "10001", "99999999999"})
        void aBadCountIsRefusedAndCreatesNothing(String count) throws Exception {
            int before = control.accounts().size();
            HttpResponse<String> response = sendAccounts("{\"Role\":\"individual\",\"Count\":" + count + "}");
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"Code\":\"InvalidParameter\""), response.body());
            assertTrue(response.body().contains("\\\"Count\\\" is not valid: expected an integer from 1 to 10000"),
                    response.body());
            assertTrue(response.body().contains("\"RequestId\""), response.body());
            assertEquals(before, control.accounts().size());
        }

        @Test
        void aBatchForANonManagementAccountCreatesNothing() throws Exception {
            int before = control.accounts().size();
            HttpResponse<String> response = sendAccounts("{\"Role\":\"member\","
                    + "\"ManagementAccountId\":1300000000000001,\"Count\":5}");
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.body().contains("ManagementAccountId"), response.body());
            assertEquals(before, control.accounts().size());
        }

        @Test
        void withoutACountTheAnswerIsOneAccountAsBefore() throws Exception {
            JsonNode answer = postAccounts("{\"Role\":\"individual\"}");
            assertTrue(answer.path("Account").isObject(), answer.toString());
            assertTrue(answer.path("Accounts").isMissingNode(), answer.toString());
            assertEquals(1, postAccounts("{\"Role\":\"individual\",\"Count\":1}").path("Accounts").size());
        }

        private JsonNode postAccounts(String body) throws Exception {
            HttpResponse<String> response = sendAccounts(body);
            assertEquals(200, response.statusCode(), response.body());
            return JsonMapper.builder().build().readTree(response.body());
        }

        private HttpResponse<String> sendAccounts(String body) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUri() + "/__emulator/accounts"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
