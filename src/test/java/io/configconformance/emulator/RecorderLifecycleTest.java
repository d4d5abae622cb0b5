package io.configconformance.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.TestAccount;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.validation.ResponseFields;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The configuration recorder through its states, observed with the read operations real clients use. */
class RecorderLifecycleTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();


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
    void aPutOnARegisteredRecorderRebuildsItThenItIsRegisteredAgain() throws InterruptedException {
        TestAccount account = emulator.control().createAccount("individual");
        emulator.control().setRecorderTransition(account.accountId(), Duration.ofMillis(300));
        ConfigClient v2019 = client(account, ApiVersion.V2019_01_08);
        ConfigClient v2020 = client(account, ApiVersion.V2020_09_07);
        assertEquals(List.of("BUILDING"), field(v2020.startConfigurationRecorder(),
                "ConfigurationRecorder.ConfigurationRecorderStatus"));
        Thread.sleep(400);
        assertEquals(List.of("REGISTERED"), field(v2020.getConfigurationRecorder(),
                "ConfigurationRecorder.ConfigurationRecorderStatus"));
        assertEquals(List.of("REBUILDING"), field(v2019.putConfigurationRecorder("ACS::OSS::Bucket"),
                "ConfigurationRecorder.ConfigurationRecorderStatus"));
        assertEquals(List.of("ACS::OSS::Bucket"), field(v2019.describeConfigurationRecorder(),
                "ConfigurationRecorder.ResourceTypes"));
        Thread.sleep(400);
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
}
