package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.TestAccount;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Account groups (aggregators) of a resource directory: creating, updating and reading them back (api-docs 003,
 * 004). Members are named by their number in the scenario; AggregatorAccounts written out in a step may use
 * {member1}, {member2}, ... for their AccountIds.
 */
public final class AggregatorSteps {

    private static final String ABSENT_GROUP = "ca-00000000000000000000";

    private final ConformanceWorld world;
    private final ResponseReader reader;
    private final Judge judge;
    private final ResourceWaits waits;
    private String lastCreatedName;

    public AggregatorSteps(ConformanceWorld world, ResponseReader reader, Judge judge, ResourceWaits waits) {
        this.world = world;
        this.reader = reader;
        this.judge = judge;
        this.waits = waits;
    }

    @Given("the management account has a custom account group {string} with member account(s) {memberList}")
    public void hasACustomGroup(String name, List<Integer> members) {
        has(name, custom(ConformanceWorld.groupName(name)).withAccounts(accounts(members)));
    }

    /** Asks for a group as setup and goes on while it is being created. */
    @Given("the management account has started creating a custom account group {string} with member account(s) {memberList}")
    public void startedCreatingACustomGroup(String name, List<Integer> members) {
        ask(name, custom(ConformanceWorld.groupName(name)).withAccounts(accounts(members)));
    }

    @Given("the management account has a global account group {string}")
    public void hasAGlobalGroup(String name) {
        has(name, described(AggregatorRequest.create(ConformanceWorld.groupName(name), "RD")));
    }

    /** Creates a group as setup and waits until it is created, as a client must before it changes the group. */
    private void has(String name, AggregatorRequest request) {
        waits.groupCreated(world.clientFor(world.management(), UnaryOperator.identity()), ask(name, request));
    }

    private String ask(String name, AggregatorRequest request) {
        world.prepare(world.clientFor(world.management(), UnaryOperator.identity()), c -> c.createAggregator(request));
        String id = judge.value(() -> reader.single("AggregatorId"));
        world.rememberGroup(name, id);
        return id;
    }

    @Given("the management account has {int} custom account groups")
    public void hasGroups(int count) {
        List<List<Integer>> lists = distinctMemberLists(count);
        for (int i = 0; i < count; i++) {
            hasACustomGroup("group-" + (i + 1), lists.get(i));
        }
    }

    @When("the management account creates a custom account group {string} with {int} member account(s)")
    public void createsWithFirstMembers(String name, int count) {
        create(custom(name).withAccounts(accounts(firstMembers(count))));
    }

    @When("the management account creates a custom account group {string} with member account(s) {memberList}")
    public void createsWithMembers(String name, List<Integer> members) {
        create(custom(name).withAccounts(accounts(members)));
    }

    @When("the management account creates a custom account group {string} with AggregatorAccounts {string}")
    public void createsWithAccountsText(String name, String json) {
        create(custom(name).withAccounts(substitute(json)));
    }

    @When("the management account creates a custom account group {string} without member accounts")
    public void createsWithoutMembers(String name) {
        create(custom(name));
    }

    @When("the management account creates a custom account group {string} with {int} member account(s) and ClientToken {string}")
    public void createsWithClientToken(String name, int count, String token) {
        create(custom(name).withAccounts(accounts(firstMembers(count))).withClientToken(world.clientToken(token)));
    }

    @When("the management account creates a custom account group {string} with {int} member account(s) and a ClientToken of {int} characters")
    public void createsWithLongClientToken(String name, int count, int length) {
        create(custom(name).withAccounts(accounts(firstMembers(count))).withClientToken("t".repeat(length)));
    }

    @When("the management account creates a custom account group {string} with {int} member account(s) and no description")
    public void createsWithoutDescription(String name, int count) {
        create(AggregatorRequest.create(name, "CUSTOM").withAccounts(accounts(firstMembers(count))));
    }

    @When("the management account creates an account group {string} with member account(s) {memberList} without naming a type")
    public void createsWithoutType(String name, List<Integer> members) {
        create(described(AggregatorRequest.create(name, null)).withAccounts(accounts(members)));
    }

    @When("the management account creates a global account group {string}")
    public void createsAGlobalGroup(String name) {
        create(described(AggregatorRequest.create(name, "RD")));
    }

    @When("the management account creates a global account group {string} listing only member account {int}")
    public void createsAGlobalGroupListing(String name, int member) {
        create(described(AggregatorRequest.create(name, "RD")).withAccounts(accounts(List.of(member))));
    }

    @When("the management account creates a folder account group {string} for the folder")
    public void createsAFolderGroup(String name) {
        create(described(AggregatorRequest.create(name, "FOLDER")).withFolderId(world.folder()));
    }

    @When("the management account creates a folder account group {string} without naming a folder")
    public void createsAFolderGroupWithoutFolder(String name) {
        create(described(AggregatorRequest.create(name, "FOLDER")));
    }

    @When("the management account creates an account group {string} of type {string}")
    public void createsOfType(String name, String type) {
        create(described(AggregatorRequest.create(name, type)).withAccounts(accounts(firstMembers(1))));
    }

    @When("the management account creates a custom account group without a name")
    public void createsWithoutName() {
        create(custom(null).withAccounts(accounts(firstMembers(1))));
    }

    @When("the management account repeats that request")
    public void repeats() {
        world.repeatLastCall();
    }

    @When("the management account renames the account group {string} to {string}")
    public void renames(String group, String name) {
        update(AggregatorRequest.update(world.groupId(group)).withName(ConformanceWorld.groupName(name)));
    }

    @When("the management account renames the account group {string} to {string} with ClientToken {string}")
    public void renamesWithClientToken(String group, String name, String token) {
        update(AggregatorRequest.update(world.groupId(group)).withName(ConformanceWorld.groupName(name))
                .withClientToken(world.clientToken(token)));
    }

    @When("the management account renames the account group {string} to {string} with a ClientToken of {int} characters")
    public void renamesWithLongClientToken(String group, String name, int length) {
        update(AggregatorRequest.update(world.groupId(group)).withName(ConformanceWorld.groupName(name))
                .withClientToken("t".repeat(length)));
    }

    @When("the management account renames an account group without naming its AggregatorId")
    public void renamesWithoutAggregatorId() {
        update(AggregatorRequest.update(null).withName(ConformanceWorld.groupName("renamed")));
    }

    @When("the management account changes the description of account group {string} to {string}")
    public void redescribes(String group, String description) {
        update(AggregatorRequest.update(world.groupId(group)).withDescription(description));
    }

    @When("the management account replaces the members of account group {string} with member account(s) {memberList}")
    public void replacesMembers(String group, List<Integer> members) {
        update(AggregatorRequest.update(world.groupId(group)).withAccounts(accounts(members)));
    }

    @When("the management account replaces the members of account group {string} with {int} member accounts")
    public void replacesWithFirstMembers(String group, int count) {
        update(AggregatorRequest.update(world.groupId(group)).withAccounts(accounts(firstMembers(count))));
    }

    @When("the management account replaces the members of account group {string} with AggregatorAccounts {string}")
    public void replacesWithAccountsText(String group, String json) {
        update(AggregatorRequest.update(world.groupId(group)).withAccounts(substitute(json)));
    }

    @When("the management account renames an account group that does not exist")
    public void renamesAnAbsentGroup() {
        update(AggregatorRequest.update(ABSENT_GROUP).withName(ConformanceWorld.groupName("renamed")));
    }

    @When("member account {int} renames the account group {string}")
    public void aMemberRenames(int member, String group) {
        TestAccount caller = world.member(member);
        world.call(world.clientFor(caller, UnaryOperator.identity()), client -> client.updateAggregator(
                AggregatorRequest.update(world.groupId(group)).withName(ConformanceWorld.groupName("renamed"))));
    }

    @When("the account renames an account group")
    public void theAccountRenamesAGroup() {
        world.call(client -> client.updateAggregator(AggregatorRequest.update(ABSENT_GROUP)
                .withName(ConformanceWorld.groupName("renamed"))));
    }

    @When("the account creates an account group")
    public void theAccountCreatesAGroup() {
        createAs(world.account(), custom("Not_Allowed").withAccounts("[]"));
    }

    @Then("the response names a new account group ID")
    public void namesANewGroupId() {
        judge.that(() -> {
            String id = reader.single("AggregatorId");
            assertTrue(id.matches("ca-[0-9a-f]{16,32}"), reader.describe("AggregatorId", "ca- followed by hex", id));
        });
    }

    @Then("the response names the same account group as before")
    public void namesTheSameGroup() {
        judge.that(() -> {
            String expected = world.groupId(lastCreatedName);
            List<String> ids = reader.all("AggregatorId");
            assertEquals(List.of(expected), ids, reader.describe("AggregatorId", expected, ids));
        });
    }

    @Then("the response names the account group {string}")
    public void namesTheGroup(String group) {
        judge.that(() -> {
            List<String> ids = reader.all("AggregatorId");
            assertEquals(List.of(world.groupId(group)), ids, reader.describe("AggregatorId", world.groupId(group), ids));
        });
    }

    @Then("the account group {string} has {int} member account(s)")
    public void hasMemberCount(String group, int count) {
        read(group);
        judge.that(() -> {
            List<String> ids = reader.all("Aggregator.AggregatorAccounts.AccountId");
            assertEquals(count, ids.size(), reader.describe("Aggregator.AggregatorAccounts", count + " accounts", ids));
        });
    }

    @Then("the account group {string} has the member account(s) {memberList}")
    public void hasMembers(String group, List<Integer> members) {
        read(group);
        judge.that(() -> {
            List<String> expected = members.stream().map(n -> String.valueOf(world.member(n).accountId())).sorted()
                    .toList();
            List<String> actual = reader.all("Aggregator.AggregatorAccounts.AccountId").stream().sorted().toList();
            assertEquals(expected, actual, reader.describe("Aggregator.AggregatorAccounts.AccountId",
                    expected.toString(), actual));
        });
    }

    @Then("the account group {string} is named {string} and described as {string}")
    public void isNamed(String group, String name, String description) {
        read(group);
        judge.that(() -> {
            String expected = ConformanceWorld.groupName(name);
            assertEquals(expected, reader.single("Aggregator.AggregatorName"),
                    () -> reader.describe("Aggregator.AggregatorName", expected, reader.all("Aggregator.AggregatorName")));
            assertEquals(description, reader.single("Aggregator.Description"),
                    () -> reader.describe("Aggregator.Description", description, reader.all("Aggregator.Description")));
        });
    }

    @Then("the account group {string} has type {word}")
    public void hasType(String group, String type) {
        read(group);
        judge.that(() -> assertEquals(type, reader.single("Aggregator.AggregatorType"),
                () -> reader.describe("Aggregator.AggregatorType", type, reader.all("Aggregator.AggregatorType"))));
    }

    @Then("the management account has {int} account group(s)")
    public void hasGroupCount(int count) {
        world.prepare(world.clientFor(world.management(), UnaryOperator.identity()),
                client -> client.listAggregators(100));
        judge.that(() -> {
            // Only the suite's own groups count: a real management account may have others.
            List<String> names = reader.all("AggregatorsResult.Aggregators.AggregatorName").stream()
                    .filter(name -> name.startsWith(ConformanceWorld.NAME_PREFIX)).toList();
            assertEquals(count, names.size(), reader.describe("AggregatorsResult.Aggregators", count + " groups",
                    names));
        });
    }

    /** Creates as the management account; the group's real name carries the suite's prefix. */
    private void create(AggregatorRequest request) {
        lastCreatedName = request.aggregatorName();
        createAs(world.management(), request);
    }

    private void createAs(TestAccount caller, AggregatorRequest request) {
        AggregatorRequest named = request.withName(ConformanceWorld.groupName(request.aggregatorName()));
        ApiResponse response = world.call(world.clientFor(caller, UnaryOperator.identity()),
                client -> client.createAggregator(named));
        // Bookkeeping only, so that cleanup deletes what was created: the Then steps judge the answer.
        List<String> ids = reader.allIfReadable("AggregatorId");
        if (response.isSuccess() && ids.size() == 1) {
            world.rememberGroup(caller, request.aggregatorName(), ids.get(0));
        }
    }

    private void update(AggregatorRequest request) {
        world.call(world.clientFor(world.management(), UnaryOperator.identity()),
                client -> client.updateAggregator(request));
    }

    private void read(String group) {
        world.prepare(world.clientFor(world.management(), UnaryOperator.identity()),
                client -> client.getAggregator(world.groupId(group)));
    }

    private static AggregatorRequest custom(String name) {
        return described(AggregatorRequest.create(name, "CUSTOM"));
    }

    private static AggregatorRequest described(AggregatorRequest request) {
        return request.withDescription("Created by the conformance suite");
    }

    private List<Integer> firstMembers(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    /** AggregatorAccounts as the official SDKs send it: PascalCase keys, AccountId a JSON number. */
    private String accounts(List<Integer> members) {
        return members.stream().map(world::member)
                .map(m -> "{\"AccountId\":" + m.accountId() + ",\"AccountName\":\"member-" + m.accountId()
                        + "\",\"AccountType\":\"ResourceDirectory\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private String substitute(String json) {
        String result = json;
        for (int n = world.members().size(); n >= 1; n--) {
            result = result.replace("{member" + n + "}", String.valueOf(world.member(n).accountId()));
        }
        return result;
    }

    /** Member lists no two of which are equal: single members first, then pairs, from the scenario's members. */
    private List<List<Integer>> distinctMemberLists(int count) {
        int size = world.members().size();
        List<List<Integer>> lists = new java.util.ArrayList<>();
        for (int i = 1; i <= size; i++) {
            lists.add(List.of(i));
        }
        for (int i = 1; i <= size; i++) {
            for (int j = i + 1; j <= size; j++) {
                lists.add(List.of(i, j));
            }
        }
        if (lists.size() < count) {
            throw new IllegalStateException(count + " distinct member lists need more than " + size + " members");
        }
        return lists.subList(0, count);
    }
}
