package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ConfigClient;
import io.configconformance.protocol.Action;
import io.configconformance.protocol.ApiVersion;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The configuration recorder: starting it, choosing what it monitors, reading it back (docs/api-reference/000, 001, 002). */
public final class RecorderSteps {

    private static final String RECORDER = RecorderChanges.RECORDER;
    private static final String STATUS = RecorderChanges.STATUS;

    private final ConformanceWorld world;
    private final Clients clients;
    private final Calls calls;
    private final ResponseReader reader;
    private final Judge judge;
    private final ResourceWaits waits;
    private final RecorderChanges changes;
    private final RecorderDeployment deployment;

    public RecorderSteps(ConformanceWorld world, Clients clients, Calls calls, ResponseReader reader, Judge judge,
                         ResourceWaits waits, RecorderChanges changes, RecorderDeployment deployment) {
        this.world = world;
        this.clients = clients;
        this.calls = calls;
        this.reader = reader;
        this.judge = judge;
        this.waits = waits;
        this.changes = changes;
        this.deployment = deployment;
    }

    @Given("the account has started its configuration recorder")
    public void hasStartedItsRecorder() {
        calls.setup(clients.acting(), ConfigClient::startConfigurationRecorder);
    }

    @Given("the account's configuration recorder is registered")
    public void itsRecorderIsRegistered() {
        // A recorder already being deployed refuses the start with ProcessIsRunning; it only has to finish.
        calls.setup(clients.acting(), ConfigClient::startConfigurationRecorder,
                start -> start.isSuccess() || start.body().contains("ProcessIsRunning"));
        waits.recorderSettled(clients.acting(), STATUS);
        theRecorderStatusIs("REGISTERED");
    }

    /**
     * A deployment begins (a first start, or a new selection of resource types): the steps that follow act at once,
     * while it may still be under way (a ProcessIsRunning row's moment, A1).
     */
    @Given("the account's configuration recorder is being deployed")
    public void isBeingDeployed() {
        deployment.begin();
    }

    @When("the account starts its configuration recorder")
    public void startsItsRecorder() {
        changes.settledFirst();
        calls.call(ConfigClient::startConfigurationRecorder);
        deployment.unlessItHadEnded("the second start");
    }

    @When("the account starts its configuration recorder with EnterpriseEdition {word}")
    public void startsWithEnterpriseEditionValue(String value) {
        changes.settledFirst();
        calls.call(client -> client.call(Action.START_CONFIGURATION_RECORDER.wireName(),
                Map.of("EnterpriseEdition", value)));
    }

    @When("the account starts its configuration recorder with Cloud Config for Enterprise")
    public void startsWithEnterpriseEdition() {
        changes.settledFirst();
        calls.call(client -> client.startConfigurationRecorder(true));
    }

    @When("the account sets the monitored resource types to {string}")
    public void setsTheResourceTypes(String types) {
        changes.keepTypesToRestore();
        calls.call(client -> client.putConfigurationRecorder(types));
        changes.changedUnread();
        deployment.unlessItMayHaveEnded("the selection of " + types);
    }

    @When("the account sets the monitored resource types without naming any")
    public void setsNoResourceTypes() {
        changes.keepTypesToRestore();
        calls.call(client -> client.call(Action.PUT_CONFIGURATION_RECORDER.wireName(), Map.of()));
        changes.changedUnread();
    }

    @When("the account reads its configuration recorder")
    public void readsItsRecorder() {
        calls.call(RecorderSteps::read);
    }

    @Then("the configuration recorder status is {word}")
    public void theRecorderStatusIs(String status) {
        judge.that(() -> reader.assertSingle(STATUS, status));
    }

    @Then("the configuration recorder status is {word} or {word}")
    public void theRecorderStatusIsEither(String one, String other) {
        assertEither(STATUS, one, other);
    }

    /** Reads the recorder until its deployment has ended: the last answer is the read that shows it. */
    @When("the account waits until its configuration recorder is deployed")
    public void waitsUntilDeployed() {
        waits.recorderSettled(clients.acting(), STATUS);
    }

    @Then("the monitored resource types are {string}")
    public void theMonitoredTypesAre(String types) {
        List<String> expected = Arrays.stream(types.split(",")).map(String::trim).toList();
        judge.that(() -> assertEquals(expected, reader.all(RECORDER + "ResourceTypes"), () -> reader.describe(
                RECORDER + "ResourceTypes", expected.toString(), reader.all(RECORDER + "ResourceTypes"))));
    }

    @Then("the recorder monitors at least one resource type")
    public void monitorsAtLeastOneResourceType() {
        judge.that(() -> {
            List<String> types = reader.all(RECORDER + "ResourceTypes");
            assertFalse(types.isEmpty(), reader.describe("ResourceTypes", "at least one resource type", types));
        });
    }

    @Then("the response names the calling account's AccountId")
    public void namesTheCallingAccount() {
        judge.that(() -> reader.assertSingle(RECORDER + "AccountId", String.valueOf(world.account().accountId())));
    }

    @Then("Cloud Config for Enterprise is {word}")
    public void enterpriseEditionIs(String status) {
        judge.that(() -> reader.assertSingle(RECORDER + "OrganizationEnableStatus", status));
    }

    @Then("Cloud Config for Enterprise is {word} or {word}")
    public void enterpriseEditionIsEither(String one, String other) {
        assertEither(RECORDER + "OrganizationEnableStatus", one, other);
    }

    @Then("the response names the calling account as the master account")
    public void namesTheMasterAccount() {
        judge.that(() -> reader.assertSingle(RECORDER + "OrganizationMasterId",
                String.valueOf(world.account().accountId())));
    }

    /** DescribeConfigurationRecorder in 2019-01-08, GetConfigurationRecorder in 2020-09-07. */
    static ApiResponse read(ConfigClient client) {
        return client.settings().version() == ApiVersion.V2019_01_08
                ? client.describeConfigurationRecorder() : client.getConfigurationRecorder();
    }

    private void assertEither(String path, String one, String other) {
        judge.that(() -> {
            String value = reader.single(path);
            assertTrue(value.equals(one) || value.equals(other), reader.describe(path, one + " or " + other, value));
        });
    }
}
