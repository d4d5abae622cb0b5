package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.suite.ChangingProxy;
import io.configconformance.suite.GroupNames;
import io.configconformance.validation.ResponseFields;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
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
    void keepsAGroupWithTheSuitesPrefixThatNeitherTheJournalNorItsDescriptionMarksAsTheSuites() {
        assertEquals(List.of("conformance-of-a-user"), groupsLeftBySweep((client, members) -> {
            client.createAggregator(AggregatorRequest.create("conformance-of-a-user", "CUSTOM")
                    .withDescription("the team's own")
                    .withAccounts("[{\"AccountId\":" + members[0] + ",\"AccountType\":\"ResourceDirectory\"}]"));
            client.createAggregator(custom("conformance-left-behind", members[1]));
        }));
    }

    /**
     * The reproduction of the pairing bug: a ListAggregators answer that leaves out the first group's name (a user's
     * "payments") once paired the suite's name with the user's ID, and deleted the user's group.
     */
    @Test
    void aGroupListedWithoutANameIsKeptAndTheSuitesLeftoverStillGoes() {
        assertEquals(List.of("payments"), groupsLeftBySweep((client, members) -> {
            client.createAggregator(AggregatorRequest.create("payments", "CUSTOM").withDescription("production")
                    .withAccounts("[{\"AccountId\":" + members[0] + ",\"AccountType\":\"ResourceDirectory\"}]"));
            client.createAggregator(custom("conformance-leftover", members[1]));
        }, body -> body.replaceFirst("\"AggregatorName\":\"payments\",?", "").replace(",}", "}")));
    }

    @Test
    void keepsALeftoverGlobalGroupTheServiceWillNotDelete() {
        assertEquals(List.of("conformance-global"), groupsLeftBySweep((client, members) -> {
            client.createAggregator(AggregatorRequest.create("conformance-global", "RD").withDescription(GroupNames.MARKER));
            client.createAggregator(custom("conformance-custom", members[0]));
        }));
    }

    /** The names of a management account's groups after a passing sweep; it has two members to group. */
    private static List<String> groupsLeftBySweep(BiConsumer<ConfigClient, long[]> createGroups) {
        return groupsLeftBySweep(createGroups, UnaryOperator.identity());
    }

    /** The same, sweep seeing every answer changed by {@code answers} (the control API passed through). */
    private static List<String> groupsLeftBySweep(BiConsumer<ConfigClient, long[]> createGroups,
                                                  UnaryOperator<String> answers) {
        Swept swept = sweep(createGroups, (request, response) -> ChangingProxy.replace(response, response.getStatus(),
                answers.apply(response.getBodyAsString())));
        assertEquals(ExitCodes.PASSED, swept.exitCode(), swept.console());
        return swept.groupsLeft();
    }

    /** What sweep printed and left, through a proxy that changes what it answers ({@code change}). */
    record Swept(int exitCode, String console, List<String> groupsLeft) {
    }

    private static Swept sweep(BiConsumer<ConfigClient, long[]> createGroups,
                               BiFunction<Request, Response, Response> change) {
        try (Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start()) {
            EmulatorControl control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(5));
            TestAccount management = control.createAccount("management", null, Duration.ZERO);
            long[] members = {control.createMember(management.accountId()).accountId(),
                    control.createMember(management.accountId()).accountId()};
            ConfigClient client = new ConfigClient(ClientSettings.defaults(emulator.baseUri(), management.credentials()));
            createGroups.accept(client, members);
            WireMockServer proxy = ChangingProxy.start(emulator.baseUri(), change, true);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exitCode;
            try {
                exitCode = Main.commandLine(new SweepCommand()).setOut(new PrintWriter(out))
                        .setErr(new PrintWriter(err)).execute("--endpoint", "http://127.0.0.1:" + proxy.port());
            } finally {
                proxy.stop();
            }
            var list = client.listAggregators(100);
            return new Swept(exitCode, out + "\n" + err,
                    ResponseFields.values(list.format(), list.body(), "AggregatorsResult.Aggregators.AggregatorName"));
        }
    }

    private static AggregatorRequest custom(String name, long member) {
        return AggregatorRequest.create(name, "CUSTOM").withDescription(GroupNames.MARKER)
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

    /**
     * An endpoint that names a group it lists with a terminal control sequence, a forged line and the signature of
     * the very request it answers: sweep's console shows that name as one line of data, the signature masked.
     */
    @Test
    void whatAnEndpointNamesAGroupIsOneLineOfDataOnTheConsoleAndNoSecret() {
        AtomicReference<String> signature = new AtomicReference<>();
        String forged = "sweep: 0 leftover account groups deleted, 0 not";
        Swept swept = sweep((client, members) -> {
            client.createAggregator(custom("Production_Group", members[0]));
            client.createAggregator(custom("conformance-left-behind", members[1]));
        }, (request, response) -> {
            Optional<String> sent = ChangingProxy.signature(request);
            if (!response.getBodyAsString().contains("\"AggregatorName\":\"Production_Group\"") || sent.isEmpty()) {
                return response;
            }
            signature.set(sent.get());
            return ChangingProxy.replace(response, response.getStatus(), response.getBodyAsString()
                    .replace("\"AggregatorName\":\"Production_Group\"", "\"AggregatorName\":\"Production\\u001b[2J\\n"
                            + forged + " " + signature.get().replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
        });
        String console = swept.console();
        assertEquals(ExitCodes.PASSED, swept.exitCode(), console);
        assertTrue(signature.get() != null && signature.get().length() >= 16, "the endpoint saw a signature");
        assertFalse(console.contains(signature.get()), console);
        assertFalse(console.contains("\u001b"), console);
        List<String> lines = console.lines().toList();
        assertEquals(1, lines.stream().filter(line -> line.startsWith("sweep: ")).count(), console);
        assertTrue(lines.contains("sweep: 1 leftover account groups deleted, 0 not"), console);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("kept ") && line.contains("Production\\x1b[2J\\x0a"
                + forged + " ****)")), console);
    }

    @Test
    void anUnreachableEndpointIsBadUsage() {
        assertEquals(ExitCodes.USAGE, Main.execute("sweep", "--endpoint", "http://127.0.0.1:1"));
    }
}
