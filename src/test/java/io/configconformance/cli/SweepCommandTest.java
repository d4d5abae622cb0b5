package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.validation.ResponseFields;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `sweep` deletes the account groups earlier runs left behind, and nothing else. */
class SweepCommandTest {

    @Test
    void deletesOnlyTheSuitesLeftoverGroups() {
        try (Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start()) {
            EmulatorControl control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(5));
            TestAccount management = control.createAccount("management");
            control.setAggregatorCreation(management.accountId(), Duration.ZERO);
            long alice = control.createMember(management.accountId()).accountId();
            long tom = control.createMember(management.accountId()).accountId();
            ConfigClient client = new ConfigClient(ClientSettings.defaults(emulator.baseUri(), management.credentials()));
            client.createAggregator(AggregatorRequest.create("conformance-left-behind", "CUSTOM")
                    .withDescription("left behind")
                    .withAccounts("[{\"AccountId\":" + alice + ",\"AccountType\":\"ResourceDirectory\"}]"));
            client.createAggregator(AggregatorRequest.create("Production_Group", "CUSTOM")
                    .withDescription("left behind")
                    .withAccounts("[{\"AccountId\":" + tom + ",\"AccountType\":\"ResourceDirectory\"}]"));

            assertEquals(ExitCodes.PASSED, Main.execute("sweep", "--endpoint", emulator.baseUri().toString()));

            var list = client.listAggregators(100);
            assertEquals(List.of("Production_Group"),
                    ResponseFields.values(list.format(), list.body(), "AggregatorsResult.Aggregators.AggregatorName"));
        }
    }

    @Test
    void keepsALeftoverGlobalGroupTheServiceWillNotDelete() {
        try (Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start()) {
            EmulatorControl control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(5));
            TestAccount management = control.createAccount("management");
            control.setAggregatorCreation(management.accountId(), Duration.ZERO);
            long alice = control.createMember(management.accountId()).accountId();
            control.createMember(management.accountId());
            ConfigClient client = new ConfigClient(ClientSettings.defaults(emulator.baseUri(), management.credentials()));
            client.createAggregator(AggregatorRequest.create("conformance-global", "RD").withDescription("left behind"));
            client.createAggregator(AggregatorRequest.create("conformance-custom", "CUSTOM")
                    .withDescription("left behind")
                    .withAccounts("[{\"AccountId\":" + alice + ",\"AccountType\":\"ResourceDirectory\"}]"));

            assertEquals(ExitCodes.PASSED, Main.execute("sweep", "--endpoint", emulator.baseUri().toString()));

            var list = client.listAggregators(100);
            assertEquals(List.of("conformance-global"),
                    ResponseFields.values(list.format(), list.body(), "AggregatorsResult.Aggregators.AggregatorName"));
        }
    }

    @Test
    void anUnreachableEndpointIsBadUsage() {
        assertEquals(ExitCodes.USAGE, Main.execute("sweep", "--endpoint", "http://127.0.0.1:1"));
    }
}
