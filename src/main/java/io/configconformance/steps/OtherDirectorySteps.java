package io.configconformance.steps;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.TestAccount;
import io.configconformance.suite.AccountUnavailable;
import io.configconformance.suite.GroupNames;
import io.cucumber.java.en.When;
import java.util.function.UnaryOperator;
import org.opentest4j.TestAbortedException;

/**
 * The management account of another resource directory, acting on the scenario's account groups: page 003 answers
 * Invalid.AggregatorId.Value for a group "you are not authorized to use".
 */
public final class OtherDirectorySteps {

    /** Why a scenario of another directory's management account is skipped where accounts are configured, not made. */
    public static final String ONE_MANAGEMENT_ACCOUNT = "the endpoint's accounts hold one management account:"
            + " another directory's management account is needed";

    private final ConformanceWorld world;
    private final Clients clients;
    private final Calls calls;

    public OtherDirectorySteps(ConformanceWorld world, Clients clients, Calls calls) {
        this.world = world;
        this.clients = clients;
        this.calls = calls;
    }

    @When("the management account of another resource directory renames the account group {string}")
    public void anotherManagementAccountRenames(String group) {
        TestAccount other = otherManagementAccount();
        calls.call(clients.of(other, UnaryOperator.identity()), client -> client.updateAggregator(
                AggregatorRequest.update(world.groupId(group)).withName(GroupNames.of("renamed"))));
    }

    /** A second management account; an endpoint that has only the scenario's own skips the scenario, saying why. */
    private TestAccount otherManagementAccount() {
        TestAccount other;
        try {
            other = world.accounts().account("management");
        } catch (AccountUnavailable unavailable) {
            throw new TestAbortedException(unavailable.getMessage());
        }
        if (other.accountId() == world.management().accountId()) {
            throw new TestAbortedException(ONE_MANAGEMENT_ACCOUNT);
        }
        return other;
    }
}
