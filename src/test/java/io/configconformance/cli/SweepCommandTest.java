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
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** `sweep` deletes the account groups earlier runs left behind, and nothing else. */
class SweepCommandTest {

    @Test
    void deletesOnlyTheSuitesLeftoverGroups() {
        assertEquals(List.of("Production_Group"), groupsLeftBySweep((client, members) -> {
            client.createAggregator(custom("conformance-left-behind", members[0]));
            client.createAggregator(custom("Production_Group", members[1]));
        }));
    }

    @Test
    void keepsALeftoverGlobalGroupTheServiceWillNotDelete() {
        assertEquals(List.of("conformance-global"), groupsLeftBySweep((client, members) -> {
            client.createAggregator(AggregatorRequest.create("conformance-global", "RD").withDescription("left behind"));
            client.createAggregator(custom("conformance-custom", members[0]));
        }));
    }

    /** The names of a management account's groups after a passing sweep; it has two members to group. */
    private static List<String> groupsLeftBySweep(BiConsumer<ConfigClient, long[]> createGroups) {
        try (Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start()) {
            EmulatorControl control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(5));
            TestAccount management = control.createAccount("management", null, Duration.ZERO);
            long[] members = {control.createMember(management.accountId()).accountId(),
                    control.createMember(management.accountId()).accountId()};
            ConfigClient client = new ConfigClient(ClientSettings.defaults(emulator.baseUri(), management.credentials()));
            createGroups.accept(client, members);

            assertEquals(ExitCodes.PASSED, Main.execute("sweep", "--endpoint", emulator.baseUri().toString()));

            var list = client.listAggregators(100);
            return ResponseFields.values(list.format(), list.body(), "AggregatorsResult.Aggregators.AggregatorName");
        }
    }

    private static AggregatorRequest custom(String name, long member) {
        return AggregatorRequest.create(name, "CUSTOM").withDescription("left behind")
                .withAccounts("[{\"AccountId\":" + member + ",\"AccountType\":\"ResourceDirectory\"}]");
    }

    @Test
    void anUnreachableEndpointIsBadUsage() {
        assertEquals(ExitCodes.USAGE, Main.execute("sweep", "--endpoint", "http://127.0.0.1:1"));
    }
}
