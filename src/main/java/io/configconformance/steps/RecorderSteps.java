package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.HttpStats;
import io.configconformance.protocol.ApiVersion;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The configuration recorder: starting it, choosing what it monitors, reading it back (api-docs 000, 001, 002). */
public final class RecorderSteps {

    private static final String RECORDER = "ConfigurationRecorder.";
    private static final String STATUS = RECORDER + "ConfigurationRecorderStatus";

    private final ConformanceWorld world;
    private final ResponseReader reader;

    public RecorderSteps(ConformanceWorld world, ResponseReader reader) {
        this.world = world;
        this.reader = reader;
    }

    @Given("the account has started its configuration recorder")
    public void hasStartedItsRecorder() {
        world.prepare(world.client(), ConfigClient::startConfigurationRecorder);
    }

    @Given("the account's configuration recorder is registered")
    public void itsRecorderIsRegistered() throws InterruptedException {
        // A recorder already being deployed refuses the start with ProcessIsRunning; it only has to finish.
        ApiResponse start = world.retrying(world.client(), ConfigClient::startConfigurationRecorder);
        world.requireApiAnswer(start);
        assertTrue(start.isSuccess() || start.body().contains("ProcessIsRunning"),
                "setup call " + start.describe() + " failed with HTTP " + start.status() + ": " + start.body());
        becomesWithin("REGISTERED", 300);
    }

    @When("the account starts its configuration recorder")
    public void startsItsRecorder() {
        world.call(ConfigClient::startConfigurationRecorder);
    }

    @When("the account starts its configuration recorder with Cloud Config for Enterprise")
    public void startsWithEnterpriseEdition() {
        world.call(client -> client.startConfigurationRecorder(true));
    }

    @When("the account sets the monitored resource types to {string}")
    public void setsTheResourceTypes(String types) {
        keepTypesToRestore();
        world.call(client -> client.putConfigurationRecorder(types));
    }

    /** On a real account, what the recorder monitors now is read first, so that cleanup can put it back. */
    private void keepTypesToRestore() {
        if (!world.onEmulator()) {
            ConfigClient client = world.client(s -> s.withVersion(ApiVersion.V2019_01_08));
            ApiResponse before = world.retrying(client, ConfigClient::describeConfigurationRecorder);
            if (before.isSuccess()) {
                world.rememberRecorderTypes(world.account().accountId(), String.join(",", reader.all(RECORDER
                        + "ResourceTypes")));
            }
        }
    }

    @When("the account sets the monitored resource types without naming any")
    public void setsNoResourceTypes() {
        world.call(client -> client.call("PutConfigurationRecorder", Map.of()));
    }

    @When("the account reads its configuration recorder")
    public void readsItsRecorder() {
        world.call(RecorderSteps::read);
    }

    @Then("the configuration recorder status is {word}")
    public void theRecorderStatusIs(String status) {
        assertEquals(status, reader.single(STATUS), reader.describe(STATUS, status, reader.all(STATUS)));
    }

    @Then("the configuration recorder status is {word} or {word}")
    public void theRecorderStatusIsEither(String one, String other) {
        assertEither(STATUS, one, other);
    }

    @Then("the configuration recorder becomes {word} within {int} seconds")
    public void becomesWithin(String status, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ConfigClient client = world.client();
        while (true) {
            ApiResponse read = world.prepare(client, RecorderSteps::read);
            String current = reader.single(STATUS);
            if (current.equals(status)) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, read.describe() + ": " + STATUS + " still " + current
                    + " after " + seconds + " s, expected " + status);
            HttpStats.pause(200);
        }
    }

    @Then("the monitored resource types are {string}")
    public void theMonitoredTypesAre(String types) {
        List<String> expected = Arrays.stream(types.split(",")).map(String::trim).toList();
        assertEquals(expected, reader.all(RECORDER + "ResourceTypes"),
                reader.describe(RECORDER + "ResourceTypes", expected.toString(), reader.all(RECORDER + "ResourceTypes")));
    }

    @Then("the recorder monitors at least one resource type")
    public void monitorsAtLeastOneResourceType() {
        List<String> types = reader.all(RECORDER + "ResourceTypes");
        assertFalse(types.isEmpty(), reader.describe("ResourceTypes", "at least one resource type", types));
    }

    @Then("the response names the calling account's AccountId")
    public void namesTheCallingAccount() {
        assertEquals(String.valueOf(world.account().accountId()), reader.single(RECORDER + "AccountId"));
    }

    @Then("Cloud Config for Enterprise is {word}")
    public void enterpriseEditionIs(String status) {
        assertEquals(status, reader.single(RECORDER + "OrganizationEnableStatus"));
    }

    @Then("Cloud Config for Enterprise is {word} or {word}")
    public void enterpriseEditionIsEither(String one, String other) {
        assertEither(RECORDER + "OrganizationEnableStatus", one, other);
    }

    @Then("the response names the calling account as the master account")
    public void namesTheMasterAccount() {
        assertEquals(String.valueOf(world.account().accountId()), reader.single(RECORDER + "OrganizationMasterId"));
    }

    /** DescribeConfigurationRecorder in 2019-01-08, GetConfigurationRecorder in 2020-09-07. */
    static ApiResponse read(ConfigClient client) {
        return client.settings().version() == ApiVersion.V2019_01_08
                ? client.describeConfigurationRecorder() : client.getConfigurationRecorder();
    }

    private void assertEither(String path, String one, String other) {
        String value = reader.single(path);
        assertTrue(value.equals(one) || value.equals(other), reader.describe(path, one + " or " + other, value));
    }
}
