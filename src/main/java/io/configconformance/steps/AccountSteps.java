package io.configconformance.steps;

import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.suite.AccountUnavailable;
import io.cucumber.java.en.Given;
import java.util.List;
import org.opentest4j.TestAbortedException;

/** Who calls: each scenario acts as fresh accounts of a role, so scenarios never share state. */
public final class AccountSteps {

    private final ConformanceWorld world;
    private final Clients clients;
    private final Calls calls;
    private final ResourceWaits waits;

    public AccountSteps(ConformanceWorld world, Clients clients, Calls calls, ResourceWaits waits) {
        this.world = world;
        this.clients = clients;
        this.calls = calls;
        this.waits = waits;
    }

    @Given("an individual-edition account")
    public void anIndividualAccount() {
        world.actAs(account("individual"));
    }

    @Given("the management account of a resource directory")
    public void aManagementAccount() {
        aManagementAccountWithMembers(0);
    }

    @Given("the management account of a resource directory with {int} member account(s)")
    public void aManagementAccountWithMembers(int count) {
        TestAccount management = account("management");
        world.setManagement(management);
        world.actAs(management);
        members(management, count).forEach(world::addMember);
    }

    @Given("a folder of the resource directory with {int} member account(s)")
    public void aFolderWithMembers(int count) {
        EmulatorControl control = world.control("@needs-emulator-control");
        String folder = control.createFolder(world.management().accountId());
        world.setFolder(folder);
        if (count > 0) { // one control request for all of them, however far the emulator
            control.createMembers(world.management().accountId(), folder, count).forEach(world::addMember);
        }
    }

    @Given("a member account of a resource directory")
    public void aMemberAccount() {
        aManagementAccountWithMembers(1);
        world.actAs(world.member(1));
    }

    @Given("a member account of a resource directory with Cloud Config for Enterprise enabled")
    public void aMemberOfAnEnterpriseDirectory() {
        aManagementAccountWithMembers(1);
        enableEnterprise(world.management());
        world.actAs(world.member(1));
    }

    @Given("the account has enabled Cloud Config for Enterprise")
    public void theAccountHasEnabledEnterprise() {
        enableEnterprise(world.account());
    }

    @Given("a RAM user without Cloud Config permissions")
    public void aRamUserWithoutPermissions() {
        world.actAs(account("unauthorized"));
    }

    @Given("an account that does not exist")
    public void anAccountThatDoesNotExist() {
        world.control("@role-nonexistent");
        world.actAs(account("nonexistent"));
    }

    /** Enables Enterprise and waits, as a client must, until the directory's deployment is REGISTERED. */
    private void enableEnterprise(TestAccount management) {
        ConfigClient client = clients.of(management, s -> s.withVersion(ApiVersion.V2019_01_08));
        calls.setup(client, c -> c.startConfigurationRecorder(true));
        waits.recorderSettled(client, "ConfigurationRecorder.OrganizationEnableStatus");
    }

    /** An account of the role from the endpoint's source; a role it cannot provide skips the scenario, saying why. */
    private TestAccount account(String role) {
        try {
            return world.accounts().account(role);
        } catch (AccountUnavailable unavailable) {
            throw new TestAbortedException(unavailable.getMessage());
        }
    }

    private List<TestAccount> members(TestAccount management, int count) {
        try {
            return world.accounts().members(management, count);
        } catch (AccountUnavailable unavailable) {
            throw new TestAbortedException(unavailable.getMessage());
        }
    }
}
