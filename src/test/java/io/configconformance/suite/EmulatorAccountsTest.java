package io.configconformance.suite;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.emulator.Timings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The suite's fresh accounts: one control-API request each, with the scenario timings already set, and a directory's
 * members, however many, in one request. Requests are counted by a recording proxy in front of the emulator, as the
 * emulator received them.
 */
class EmulatorAccountsTest {

    private Emulator emulator;
    private WireMockServer proxy;
    private EmulatorAccounts accounts;

    @BeforeEach
    void start() {
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
        proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().preserveHostHeader(true)
                .stubRequestLoggingDisabled(true));
        proxy.start();
        proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(emulator.baseUri().toString())));
        accounts = new EmulatorAccounts(new EmulatorControl(URI.create(proxy.baseUrl()), Duration.ofSeconds(30)));
    }

    @AfterEach
    void stop() {
        proxy.stop();
        emulator.close();
    }

    @Test
    void everyAccountIsOneRequestWithItsTimings() {
        Timings defaults = emulator.state().timings();
        Duration scenario = Duration.ofMillis(200);
        assertTimings("management", new Timings(Duration.ZERO, Duration.ZERO));
        assertTimings("individual", new Timings(scenario, defaults.aggregatorCreation()));
        assertTimings("unauthorized", defaults);
    }

    @Test
    void twoHundredMembersAreOneRequest() {
        TestAccount management = accounts.account("management");
        proxy.resetRequests();
        List<TestAccount> members = accounts.members(management, 200);
        assertEquals(List.of("POST /__emulator/accounts"), received(), "one control request for the directory");
        assertEquals(200, members.stream().map(TestAccount::accountId).distinct().count());
        assertEquals(200, emulator.state().accounts().members(management.accountId()).size());
    }

    @Test
    void noMembersIsNoRequest() {
        TestAccount management = accounts.account("management");
        proxy.resetRequests();
        assertEquals(List.of(), accounts.members(management, 0));
        assertEquals(List.of(), received());
    }

    @Test
    void anEmulatorThatIgnoresCountIsNamedNotTakenForFewerMembers() {
        TestAccount management = accounts.account("management");
        // what an emulator before Count answers: the one account it created
        proxy.stubFor(post(urlEqualTo("/__emulator/accounts")).atPriority(1).willReturn(okJson("{\"Account\":{"
                + "\"AccountId\":1500000000000099,\"Role\":\"member\",\"AccessKeyId\":\"LTAIold\","
                + "\"AccessKeySecret\":\"oldSecret\"}}")));
        EmulatorControl.ControlApiException e = assertThrows(EmulatorControl.ControlApiException.class,
                () -> accounts.members(management, 3));
        assertTrue(e.getMessage().contains("Count 3 answered 0 accounts: the emulator predates Count"),
                e.getMessage());
    }

    private void assertTimings(String role, Timings expected) {
        proxy.resetRequests();
        TestAccount account = accounts.account(role);
        assertEquals(List.of("POST /__emulator/accounts"), received(), role + ": one control-API request");
        assertEquals(expected, emulator.state().timings(account.accountId()), role);
    }

    /** What the emulator received through the proxy since the last reset: "METHOD path" each. */
    private List<String> received() {
        return proxy.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .map(request -> request.getMethod().getName() + " " + request.getUrl()).collect(Collectors.toList());
    }
}
