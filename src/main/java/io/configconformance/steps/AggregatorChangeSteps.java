package io.configconformance.steps;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.suite.GroupNames;
import io.configconformance.validation.ResponseFields;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Changing and reading the account groups of a resource directory: UpdateAggregator (page 003), GetAggregator and
 * ListAggregators (the SDK models, A32). Groups are named as the scenario named them when it created them. A change
 * sent at once while a group is being created (AggregatorAlreadyPending's moment) that a real service accepts is
 * judged only if the group is still being created after it: otherwise the moment had passed, NOT REACHED this time.
 */
public final class AggregatorChangeSteps {

    private static final String ABSENT_GROUP = "ca-00000000000000000000";

    private final ConformanceWorld world;
    private final Clients clients;
    private final Calls calls;
    private final GroupRequests groups;
    private final Moment moment;

    public AggregatorChangeSteps(ConformanceWorld world, Clients clients, Calls calls, GroupRequests groups,
                                 Moment moment) {
        this.world = world;
        this.clients = clients;
        this.calls = calls;
        this.groups = groups;
        this.moment = moment;
    }

    @When("the management account renames the account group {string} to {string}")
    public void renames(String group, String name) {
        update(AggregatorRequest.update(world.groupId(group)).withName(GroupNames.of(name)));
        unlessCreatedFirst(world.groupId(group));
    }

    @When("the management account renames the account group {string} to {string} with ClientToken {string}")
    public void renamesWithClientToken(String group, String name, String token) {
        update(AggregatorRequest.update(world.groupId(group)).withName(GroupNames.of(name))
                .withClientToken(world.clientToken(token)));
    }

    @When("the management account renames the account group {string} to {string} with a ClientToken of {int} characters")
    public void renamesWithLongClientToken(String group, String name, int length) {
        update(AggregatorRequest.update(world.groupId(group)).withName(GroupNames.of(name))
                .withClientToken("t".repeat(length)));
    }

    @When("the management account renames an account group without naming its AggregatorId")
    public void renamesWithoutAggregatorId() {
        update(AggregatorRequest.update(null).withName(GroupNames.of("renamed")));
    }

    @When("the management account renames an account group that does not exist")
    public void renamesAnAbsentGroup() {
        update(AggregatorRequest.update(ABSENT_GROUP).withName(GroupNames.of("renamed")));
    }

    @When("the management account changes the description of account group {string} to {string}")
    public void redescribes(String group, String description) {
        update(AggregatorRequest.update(world.groupId(group)).withDescription(description));
    }

    @When("the management account replaces the members of account group {string} with member account(s) {memberList}")
    public void replacesMembers(String group, List<Integer> members) {
        update(AggregatorRequest.update(world.groupId(group)).withAccounts(groups.accounts(members)));
    }

    @When("the management account replaces the members of account group {string} with {int} member accounts")
    public void replacesWithFirstMembers(String group, int count) {
        update(AggregatorRequest.update(world.groupId(group)).withAccounts(groups.accounts(groups.first(count))));
    }

    @When("the management account replaces the members of account group {string} with AggregatorAccounts {string}")
    public void replacesWithAccountsText(String group, String json) {
        update(AggregatorRequest.update(world.groupId(group)).withAccounts(groups.substitute(json)));
    }

    @When("member account {int} renames the account group {string}")
    public void aMemberRenames(int member, String group) {
        calls.call(clients.of(world.member(member), UnaryOperator.identity()), client -> client.updateAggregator(
                AggregatorRequest.update(world.groupId(group)).withName(GroupNames.of("renamed"))));
    }

    @When("the account renames an account group")
    public void theAccountRenamesAGroup() {
        calls.call(client -> client.updateAggregator(AggregatorRequest.update(ABSENT_GROUP)
                .withName(GroupNames.of("renamed"))));
    }

    @When("the management account reads the account group {string}")
    public void readsTheGroup(String group) {
        world.readGroup(group);
        calls.setup(clients.management(), client -> client.getAggregator(world.groupId(group)));
    }

    @When("the management account lists its account groups")
    public void listsItsGroups() {
        calls.setup(clients.management(), client -> client.listAggregators(100));
    }

    private void update(AggregatorRequest request) {
        calls.call(clients.management(), client -> client.updateAggregator(request));
    }

    /**
     * After a change accepted while the group's creation may have ended: the group read at once, past the scenario's
     * answers (the change's answer stays the one judged). Created (AggregatorStatus 1) means the moment had passed;
     * still being created, or unreadable, and the acceptance is judged.
     */
    private void unlessCreatedFirst(String aggregatorId) {
        if (!moment.mayHavePassed() || !calls.lastResponse().isSuccess()) {
            return;
        }
        ApiResponse read = clients.management().getAggregator(aggregatorId);
        List<String> status;
        try {
            status = read.isSuccess() ? ResponseFields.parse(read.format(), read.body())
                    .values("Aggregator.AggregatorStatus") : List.of();
        } catch (IllegalArgumentException unreadable) {
            return;
        }
        if (status.equals(List.of("1"))) {
            throw moment.passed("GetAggregator answered AggregatorStatus 1 (created)",
                    "read right after the change was accepted: the group's creation had ended first");
        }
    }
}
