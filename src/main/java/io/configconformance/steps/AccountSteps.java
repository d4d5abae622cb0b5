package io.configconformance.steps;

import io.configconformance.client.EmulatorAccount;
import io.cucumber.java.en.Given;

/** Who calls: each scenario acts as a fresh account of a role, so scenarios never share state. */
public final class AccountSteps {

    private final ConformanceWorld world;

    public AccountSteps(ConformanceWorld world) {
        this.world = world;
    }

    @Given("an individual-edition account")
    public void anIndividualAccount() {
        world.actAs(world.control().createAccount("individual"));
    }

    @Given("the management account of a resource directory")
    public void aManagementAccount() {
        world.actAs(world.control().createAccount("management"));
    }

    @Given("a member account of a resource directory")
    public void aMemberAccount() {
        EmulatorAccount management = world.control().createAccount("management");
        world.actAs(world.control().createMember(management.accountId()));
    }

    @Given("a RAM user without Cloud Config permissions")
    public void aRamUserWithoutPermissions() {
        world.actAs(world.control().createAccount("unauthorized"));
    }

    @Given("an account that does not exist")
    public void anAccountThatDoesNotExist() {
        world.actAs(world.control().createAccount("nonexistent"));
    }
}
