package io.configconformance.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.TestAccount;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.validation.ResponseFields;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The configuration recorder through its states, observed with the read operations real clients use. */
class RecorderLifecycleTest {

    private static final AdvancingClock clock = new AdvancingClock();

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator(clock);


    private static ConfigClient client(TestAccount account, ApiVersion version) {
        return new ConfigClient(ClientSettings.defaults(emulator.baseUri(), account.credentials()).withVersion(version));
    }

    private static List<String> field(ApiResponse response, String path) {
        assertEquals(200, response.status(), response.body());
        return ResponseFields.values(response.format(), response.body(), path);
    }

    @Test
    void aSelectionPutBeforeTheFirstStartIsWhatTheRecorderMonitors() {
        TestAccount account = emulator.control().createAccount("individual");
        ConfigClient v2019 = client(account, ApiVersion.V2019_01_08);
        assertEquals(List.of("REGISTRABLE"), field(v2019.putConfigurationRecorder("ACS::ECS::Instance,ACS::ECS::Disk"),
                "ConfigurationRecorder.ConfigurationRecorderStatus"));
        assertEquals(List.of("ACS::ECS::Instance", "ACS::ECS::Disk"),
                field(v2019.startConfigurationRecorder(), "ConfigurationRecorder.ResourceTypes"));
    }

    @Test
    void aPutOnARegisteredRecorderRebuildsItThenItIsRegisteredAgain() {
        TestAccount account = emulator.control().createAccount("individual");
        emulator.control().setRecorderTransition(account.accountId(), Duration.ofMinutes(1));
        ConfigClient v2019 = client(account, ApiVersion.V2019_01_08);
        ConfigClient v2020 = client(account, ApiVersion.V2020_09_07);
        assertEquals(List.of("BUILDING"), field(v2020.startConfigurationRecorder(),
                "ConfigurationRecorder.ConfigurationRecorderStatus"));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of("REGISTERED"), field(v2020.getConfigurationRecorder(),
                "ConfigurationRecorder.ConfigurationRecorderStatus"));
        assertEquals(List.of("REBUILDING"), field(v2019.putConfigurationRecorder("ACS::OSS::Bucket"),
                "ConfigurationRecorder.ConfigurationRecorderStatus"));
        assertEquals(List.of("ACS::OSS::Bucket"), field(v2019.describeConfigurationRecorder(),
                "ConfigurationRecorder.ResourceTypes"));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of("REGISTERED"), field(v2019.describeConfigurationRecorder(),
                "ConfigurationRecorder.ConfigurationRecorderStatus"));
    }

    @Test
    void enablingEnterpriseIsSeenThroughDescribeConfigurationRecorder() {
        TestAccount management = emulator.control().createAccount("management");
        ConfigClient v2019 = client(management, ApiVersion.V2019_01_08);
        field(v2019.startConfigurationRecorder(true), "RequestId");
        ApiResponse read = v2019.describeConfigurationRecorder();
        assertEquals(List.of("BUILDING"), field(read, "ConfigurationRecorder.OrganizationEnableStatus"));
        assertEquals(List.of(String.valueOf(management.accountId())),
                field(read, "ConfigurationRecorder.OrganizationMasterId"));
    }

    /** Status and Code of an answer, "200 -" for a success. */
    private static String outcome(ApiResponse response) {
        return response.status() + " " + (response.status() == 200 ? "-"
                : ResponseFields.values(response.format(), response.body(), "Code").get(0));
    }

    /** A management account that has enabled Cloud Config for Enterprise; deployments take {@code transition}. */
    private static TestAccount enterprise(Duration transition) {
        TestAccount management = emulator.control().createAccount("management");
        emulator.control().setRecorderTransition(management.accountId(), transition);
        field(client(management, ApiVersion.V2019_01_08).startConfigurationRecorder(true), "RequestId");
        return management;
    }

    /** Starts with EnterpriseEdition absent ("absent"), or given as "true" or "false". */
    private static ApiResponse start(TestAccount account, String enterpriseEdition) {
        ConfigClient client = client(account, ApiVersion.V2019_01_08);
        return enterpriseEdition.equals("absent") ? client.startConfigurationRecorder()
                : client.startConfigurationRecorder(Boolean.parseBoolean(enterpriseEdition));
    }

    @ParameterizedTest
    @ValueSource(strings = {"absent", "false", "true"})
    void everyMemberGetsRDMemberNoPermissionWhetherOrNotItsDirectoryIsAnEnterprise(String enterpriseEdition) {
        TestAccount plain = emulator.control().createAccount("management");
        TestAccount member = emulator.control().createMember(plain.accountId());
        assertEquals("400 RDMemberNoPermission", outcome(start(member, enterpriseEdition)));
        for (Duration transition : List.of(Duration.ZERO, Duration.ofMinutes(1))) {
            TestAccount memberOfEnterprise = emulator.control().createMember(enterprise(transition).accountId());
            assertEquals("400 RDMemberNoPermission", outcome(start(memberOfEnterprise, enterpriseEdition)),
                    "a member of a directory whose enterprise edition is "
                            + (transition.isZero() ? "enabled" : "being enabled"));
        }
    }

    /**
     * Page 002, OrganizationMasterId: "After Cloud Config for Enterprise is enabled for your enterprise, if you call the
     * StartConfigurationRecorder operation by using the master account, the system returns the ID of the master
     * account". While it is being enabled the deployment is in progress (A1).
     */
    @ParameterizedTest
    @ValueSource(strings = {"absent", "false"})
    void theEnterpriseManagementAccountsStartAnswersTheMasterAccountsId(String enterpriseEdition) {
        TestAccount enabled = enterprise(Duration.ZERO);
        ApiResponse answer = start(enabled, enterpriseEdition);
        assertEquals("200 -", outcome(answer), answer.body());
        assertEquals(List.of(String.valueOf(enabled.accountId())),
                field(answer, "ConfigurationRecorder.OrganizationMasterId"));
        assertEquals(List.of("REGISTERED"), field(answer, "ConfigurationRecorder.OrganizationEnableStatus"));
        assertEquals(List.of("REGISTERED"), field(answer, "ConfigurationRecorder.ConfigurationRecorderStatus"));
        assertEquals("400 ProcessIsRunning", outcome(start(enterprise(Duration.ofMinutes(1)), enterpriseEdition)),
                "being enabled");
    }

    /** No call reaches page 002's EnterpriseEditionAllResourceTypesDefault (A17): only an injected fault answers it. */
    @Test
    void enterpriseEditionAllResourceTypesDefaultIsAnsweredOnlyWhenInjected() {
        TestAccount enabled = enterprise(Duration.ZERO);
        emulator.control().injectFault("StartConfigurationRecorder", "EnterpriseEditionAllResourceTypesDefault", 1,
                enabled.accountId());
        assertEquals("400 EnterpriseEditionAllResourceTypesDefault", outcome(start(enabled, "absent")));
        assertEquals("200 -", outcome(start(enabled, "absent")), "the fault is consumed");
    }

    @Test
    void enablingEnterpriseTwiceIsEnterpriseEditonAlreadyUpgraded() {
        assertEquals("400 EnterpriseEditonAlreadyUpgraded", outcome(start(enterprise(Duration.ZERO), "true")));
        assertEquals("400 ProcessIsRunning", outcome(start(enterprise(Duration.ofMinutes(1)), "true")),
                "while it is being enabled");
    }

    /** Every situation a StartConfigurationRecorder 2019-01-08 caller can be in, each built fresh on demand. */
    private static Map<String, Supplier<TestAccount>> situations() {
        Map<String, Supplier<TestAccount>> situations = new LinkedHashMap<>();
        for (String role : List.of("individual", "management", "unauthorized", "nonexistent")) {
            situations.put(role, () -> emulator.control().createAccount(role));
        }
        situations.put("member", () -> emulator.control().createMember(
                emulator.control().createAccount("management").accountId()));
        situations.put("member of an enterprise", () -> emulator.control().createMember(
                enterprise(Duration.ZERO).accountId()));
        situations.put("enterprise enabled", () -> enterprise(Duration.ZERO));
        situations.put("enterprise being enabled", () -> enterprise(Duration.ofMinutes(1)));
        situations.put("recorder deploying", () -> {
            TestAccount deploying = emulator.control().createAccount("individual");
            emulator.control().setRecorderTransition(deploying.accountId(), Duration.ofMinutes(1));
            field(client(deploying, ApiVersion.V2019_01_08).startConfigurationRecorder(), "RequestId");
            return deploying;
        });
        return situations;
    }

    @Test
    void enterpriseEditionFalseIsExactlyTheDefault() {
        situations().forEach((name, situation) -> {
            ApiResponse absent = start(situation.get(), "absent");
            ApiResponse explicit = start(situation.get(), "false");
            assertEquals(outcome(absent), outcome(explicit), name + ": " + absent.body() + " / " + explicit.body());
            String status = "ConfigurationRecorder.ConfigurationRecorderStatus";
            assertEquals(ResponseFields.values(absent.format(), absent.body(), status),
                    ResponseFields.values(explicit.format(), explicit.body(), status), name);
        });
    }
}
