package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.AnswerLosingProxy;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.report.NotReached;
import io.configconformance.suite.AccountGroupList;
import io.configconformance.suite.RunContext;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The steps' side of a request that reached the service twice, its first answer lost after the service acted and the
 * second copy answered SignatureNonceUsed: a setup create still finds its one group; a judged call is NOT REACHED
 * with the reason, never judged on the SignatureNonceUsed.
 */
class LostAnswersTest {

    private Emulator emulator;
    private TestAccount management;
    private long member;
    private AnswerLosingProxy proxy;

    @BeforeEach
    void start() {
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
        EmulatorControl control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(5));
        management = control.createAccount("management");
        control.setAggregatorCreation(management.accountId(), Duration.ZERO);
        member = control.createMember(management.accountId()).accountId();
    }

    @AfterEach
    void stop() throws IOException {
        RunContext.handOff(null);
        proxy.close();
        emulator.close();
    }

    /** With a ClientToken as against a real endpoint (sent again with it), and without as against the emulator. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aSetupCreateWhoseAnswerWasLostFindsItsOneGroup(boolean clientToken) throws IOException {
        proxy = new AnswerLosingProxy(emulator.baseUri(), line -> line.contains("Action=CreateAggregator"),
                AnswerLosingProxy.Loss.AFTER_ACTING);
        String name = "conformance-lost-" + System.nanoTime();
        try (RunContext run = run()) {
            TestScenario scenario = new TestScenario(management);
            scenario.clients.management().listAggregators(10); // a pooled connection for the create to go out on

            AggregatorRequest request = AggregatorRequest.create(name, "CUSTOM").withDescription("lost answer")
                    .withAccounts("[{\"AccountId\":" + member + ",\"AccountType\":\"ResourceDirectory\"}]");
            String id = scenario.creates.create(scenario.clients.management(),
                    clientToken ? request.withClientToken("token-" + name) : request, null);

            String firstCreate = proxy.requestLines.stream().filter(line -> line.contains("Action=CreateAggregator"))
                    .findFirst().orElseThrow();
            assertEquals(2, proxy.copiesOf(firstCreate), "the first create reached the emulator twice");
            ConfigClient direct = new ConfigClient(ClientSettings.defaults(emulator.baseUri(), management.source()));
            assertEquals(List.of(id), AccountGroupList.of(direct).stream()
                    .filter(group -> name.equals(group.name())).map(AccountGroupList.Group::id).toList(),
                    "one group of that name, the one the scenario goes on with");
            assertTrue(direct.deleteAggregators(id).isSuccess());
            assertTrue(AccountGroupList.of(direct).stream().noneMatch(group -> name.equals(group.name())),
                    "nothing left behind");
        }
    }

    @Test
    void aJudgedCallThatReachedTheServiceTwiceIsNotReachedWithTheReason() throws IOException {
        proxy = new AnswerLosingProxy(emulator.baseUri(), line -> line.contains("Action=GetConfigurationRecorder"),
                AnswerLosingProxy.Loss.AFTER_ACTING);
        try (RunContext run = run()) {
            TestScenario scenario = new TestScenario(management);
            scenario.clients.acting().listAggregators(10);

            NotReached notReached = assertThrows(NotReached.class,
                    () -> scenario.calls.call(ConfigClient::getConfigurationRecorder));

            assertTrue(notReached.getMessage().startsWith(NotReached.PREFIX + "GetConfigurationRecorder 2020-09-07:"
                    + " no usable answer from " + proxy.uri()), notReached.getMessage());
            assertTrue(notReached.getMessage().endsWith("the first copy reached the service and may have acted, and"
                    + " its answer was lost"), notReached.getMessage());
        }
    }

    private RunContext run() {
        return TestScenario.run(proxy.uri().toString());
    }
}
