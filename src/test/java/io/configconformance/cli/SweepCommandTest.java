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
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
    void aMisconfiguredManagementAccountIsBadUsageOnOneLine() throws IOException {
        HttpServer service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        service.start();
        try {
            StringWriter err = new StringWriter();
            CommandLine sweep = new CommandLine(new SweepCommand()).setErr(new PrintWriter(err));
            assertEquals(ExitCodes.USAGE, sweep.execute("--endpoint", "http://127.0.0.1:"
                    + service.getAddress().getPort(), "--aliyun-profiles", "managment=corp@1005320983490000"));
            assertEquals("sweep: --aliyun-profiles managment=corp@1005320983490000: unknown role 'managment'; the"
                    + " roles are individual, management, member, unauthorized (member once for each member account)",
                    err.toString().strip());
        } finally {
            service.stop(0);
        }
    }

    @Test
    void anUnreachableEndpointIsBadUsage() {
        assertEquals(ExitCodes.USAGE, Main.execute("sweep", "--endpoint", "http://127.0.0.1:1"));
    }
}
