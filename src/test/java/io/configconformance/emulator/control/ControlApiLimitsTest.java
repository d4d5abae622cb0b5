package io.configconformance.emulator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.emulator.state.AccountRegistry;
import io.configconformance.emulator.state.Fault;
import io.configconformance.emulator.state.FaultInjector;
import io.configconformance.emulator.state.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The control API keeps at most 10,000 accounts, 10,000 folders and 1,000 armed faults: beyond, a caller gets 409
 * LimitExceeded in the API's envelope (ERRATA A37), a batch that would pass the limit creates none of its accounts,
 * and a reset frees the room. The stores are filled in process, so
 * that only the refused request goes over HTTP.
 */
class ControlApiLimitsTest {

    private Emulator emulator;

    @BeforeEach
    void start() {
        emulator = new Emulator(EmulatorSettings.loopback(0)).start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void anAccountBeyondTheLimitIsRefusedUntilAReset() throws Exception {
        AccountRegistry accounts = emulator.state().accounts();
        for (int kept = accounts.all().size(); kept < AccountRegistry.MAX_ACCOUNTS; kept++) {
            accounts.create(Role.INDIVIDUAL, null);
        }
        assertRefused(post("accounts", "{\"Role\":\"individual\"}"), "10000 accounts");
        assertEquals(AccountRegistry.MAX_ACCOUNTS, accounts.all().size());
        assertEquals(200, post("reset", "{}").statusCode());
        assertEquals(200, post("accounts", "{\"Role\":\"individual\"}").statusCode());
    }

    @Test
    void aBatchThatWouldPassTheLimitCreatesNoneOfItsAccounts() throws Exception {
        AccountRegistry accounts = emulator.state().accounts();
        for (int kept = accounts.all().size(); kept < AccountRegistry.MAX_ACCOUNTS - 3; kept++) {
            accounts.create(Role.INDIVIDUAL, null);
        }
        String members = "{\"Role\":\"member\",\"ManagementAccountId\":" + AccountRegistry.DEFAULT_MANAGEMENT_ID
                + ",\"Count\":";
        assertRefused(post("accounts", members + "4}"), "10000 accounts");
        assertEquals(AccountRegistry.MAX_ACCOUNTS - 3, accounts.all().size(), "not one of the four was created");
        assertEquals(200, post("accounts", members + "3}").statusCode(), "three fit exactly");
        assertEquals(AccountRegistry.MAX_ACCOUNTS, accounts.all().size());
    }

    @Test
    void aFolderBeyondTheLimitIsRefused() throws Exception {
        AccountRegistry accounts = emulator.state().accounts();
        // the default management account's root folder is the only one at the start
        for (int kept = 1; kept < AccountRegistry.MAX_FOLDERS; kept++) {
            accounts.createFolder(AccountRegistry.DEFAULT_MANAGEMENT_ID);
        }
        assertRefused(post("folders", "{\"ManagementAccountId\":" + AccountRegistry.DEFAULT_MANAGEMENT_ID + "}"),
                "10000 folders");
    }

    @Test
    void aFaultBeyondTheLimitIsRefusedAndOneConsumedMakesRoom() throws Exception {
        FaultInjector faults = emulator.state().faults();
        for (int i = 0; i < FaultInjector.MAX_ARMED; i++) {
            faults.arm(new Fault("CreateAggregator", "ServiceUnavailable", 1, null, Duration.ZERO));
        }
        String fault = "{\"Action\":\"CreateAggregator\",\"Code\":\"ServiceUnavailable\"}";
        assertRefused(post("faults", fault), "1000 armed faults");
        assertEquals(FaultInjector.MAX_ARMED, faults.armed().size());
        faults.consume("CreateAggregator", 1300000000000001L);
        assertEquals(200, post("faults", fault).statusCode());
    }

    private static void assertRefused(HttpResponse<String> response, String limit) {
        assertEquals(409, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"Code\":\"LimitExceeded\""), response.body());
        assertTrue(response.body().contains("\"RequestId\""), response.body());
        assertTrue(response.body().contains("at most " + limit), response.body());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUri() + "/__emulator/" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
