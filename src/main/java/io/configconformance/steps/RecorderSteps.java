package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.ConfigClient;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;

/** The configuration recorder: starting it and what the answer says about it (api-docs 001 and 002). */
public final class RecorderSteps {

    private static final String RECORDER = "ConfigurationRecorder.";

    private final ConformanceWorld world;
    private final ResponseReader reader;

    public RecorderSteps(ConformanceWorld world, ResponseReader reader) {
        this.world = world;
        this.reader = reader;
    }

    @Given("deploying the account's recorder takes {int} seconds")
    public void deployingTakes(int seconds) {
        world.control().setRecorderTransition(world.account().accountId(), Duration.ofSeconds(seconds));
    }

    @When("the account starts its configuration recorder")
    public void startsItsRecorder() {
        ConfigClient client = world.client();
        world.remember(client, client.startConfigurationRecorder());
    }

    @When("the account starts its configuration recorder with Cloud Config for Enterprise")
    public void startsWithEnterpriseEdition() {
        ConfigClient client = world.client();
        world.remember(client, client.startConfigurationRecorder(true));
    }

    @Then("the configuration recorder status is {word}")
    public void theRecorderStatusIs(String status) {
        assertEquals(status, reader.single(RECORDER + "ConfigurationRecorderStatus"));
    }

    @Then("the configuration recorder status is {word} or {word}")
    public void theRecorderStatusIsEither(String one, String other) {
        assertEither(RECORDER + "ConfigurationRecorderStatus", one, other);
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

    private void assertEither(String path, String one, String other) {
        String value = reader.single(path);
        assertTrue(value.equals(one) || value.equals(other), reader.describe(path, one + " or " + other, value));
    }
}
