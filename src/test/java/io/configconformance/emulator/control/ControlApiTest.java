package io.configconformance.emulator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.TestAccount;
import io.configconformance.client.EmulatorControl;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.emulator.Timings;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The control API under /__emulator/, driven over HTTP as the suite and other teams' tests drive it. */
class ControlApiTest {

    private Emulator emulator;
    private EmulatorControl control;

    @BeforeEach
    void start() {
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
        control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(5));
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
}
