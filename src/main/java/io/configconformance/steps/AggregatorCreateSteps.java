package io.configconformance.steps;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.client.TestAccount;
import io.configconformance.suite.GroupNames;
import io.configconformance.suite.Journal;
import io.configconformance.suite.RealAccountRules;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Creating account groups (aggregators) of a resource directory, as setup or as the call judged (page 004). Members
 * are named by their number in the scenario; AggregatorAccounts written out in a step may use {member1}, {member2},
 * ... for their AccountIds. Every create is journaled before it is sent and deleted afterwards (docs/SAFETY.md); what
 * the answers must say is for {@link AggregatorChecks}.
 */
public final class AggregatorCreateSteps {

    private final ConformanceWorld world;
    private final Clients clients;
    private final Calls calls;
    private final ResponseReader reader;
    private final ResourceWaits waits;
    private final GroupRequests groups;
    private final SetupCreates creator;
    private final BegunOnAccounts begunOn;
    private final Moment moment;
    private LastCreate lastCreate;

    public AggregatorCreateSteps(ConformanceWorld world, Clients clients, Calls calls, ResponseReader reader,
                                 ResourceWaits waits, GroupRequests groups, SetupCreates creator,
                                 BegunOnAccounts begunOn, Moment moment) {
        this.world = world;
        this.clients = clients;
        this.calls = calls;
        this.reader = reader;
        this.waits = waits;
        this.groups = groups;
        this.creator = creator;
        this.begunOn = begunOn;
        this.moment = moment;
    }

    @Given("the management account has a custom account group {string} with member account(s) {memberList}")
    public void hasACustomGroup(String name, List<Integer> members) {
        waits.groupCreated(clients.management(), ask(name, groups.custom(name).withAccounts(groups.accounts(members))));
    }

    /**
     * Asks for a group as setup and goes on at once, while it is being created (AggregatorAlreadyPending's moment):
     * the emulator's control API makes the creation last a minute; a real service's may be over before the next call.
     */
    @Given("the management account has started creating a custom account group {string} with member account(s) {memberList}")
    public void startedCreatingACustomGroup(String name, List<Integer> members) {
        if (world.onEmulator()) {
            Duration held = Duration.ofSeconds(60);
            world.control(RealAccountRules.MOMENT).setAggregatorCreation(world.management().accountId(), held);
            world.held(held);
            moment.heldByTheEmulator();
        } else {
            moment.begin("its create");
        }
        ask(name, groups.custom(name).withAccounts(groups.accounts(members)));
    }

    @Given("the management account has a global account group {string}")
    public void hasAGlobalGroup(String name) {
        waits.groupCreated(clients.management(), ask(name, groups.typed(name, "RD")));
    }

    @Given("the management account has {int} custom account groups")
    public void hasGroups(int count) {
        List<List<Integer>> lists = groups.distinctMemberLists(count);
        for (int i = 0; i < count; i++) {
            hasACustomGroup("group-" + (i + 1), lists.get(i));
        }
    }

    @When("the management account creates a custom account group {string} with {int} member account(s)")
    public void createsWithFirstMembers(String name, int count) {
        create(name, groups.custom(name).withAccounts(groups.accounts(groups.first(count))));
    }

    @When("the management account creates a custom account group {string} with member account(s) {memberList}")
    public void createsWithMembers(String name, List<Integer> members) {
        create(name, groups.custom(name).withAccounts(groups.accounts(members)));
    }

    @When("the management account creates a custom account group {string} with AggregatorAccounts {string}")
    public void createsWithAccountsText(String name, String json) {
        create(name, groups.custom(name).withAccounts(groups.substitute(json)));
    }

    @When("the management account creates a custom account group {string} without member accounts")
    public void createsWithoutMembers(String name) {
        create(name, groups.custom(name));
    }

    @When("the management account creates a custom account group {string} with {int} member account(s) and ClientToken {string}")
    public void createsWithClientToken(String name, int count, String token) {
        create(name, groups.custom(name).withAccounts(groups.accounts(groups.first(count)))
                .withClientToken(world.clientToken(token)));
    }

    @When("the management account creates a custom account group {string} with {int} member account(s) and a ClientToken of {int} characters")
    public void createsWithLongClientToken(String name, int count, int length) {
        create(name, groups.custom(name).withAccounts(groups.accounts(groups.first(count)))
                .withClientToken("t".repeat(length)));
    }

    @When("the management account creates a custom account group {string} with {int} member account(s) and no description")
    public void createsWithoutDescription(String name, int count) {
        create(name, AggregatorRequest.create(GroupNames.of(name), "CUSTOM")
                .withAccounts(groups.accounts(groups.first(count))));
    }

    @When("the management account creates an account group {string} with member account(s) {memberList} without naming a type")
    public void createsWithoutType(String name, List<Integer> members) {
        create(name, groups.typed(name, null).withAccounts(groups.accounts(members)));
    }

    @When("the management account creates a global account group {string}")
    public void createsAGlobalGroup(String name) {
        create(name, groups.typed(name, "RD"));
    }

    @When("the management account creates a global account group {string} listing only member account {int}")
    public void createsAGlobalGroupListing(String name, int member) {
        create(name, groups.typed(name, "RD").withAccounts(groups.accounts(List.of(member))));
    }

    @When("the management account creates a folder account group {string} for the folder")
    public void createsAFolderGroup(String name) {
        create(name, groups.typed(name, "FOLDER").withFolderId(world.folder()));
    }

    @When("the management account creates a folder account group {string} without naming a folder")
    public void createsAFolderGroupWithoutFolder(String name) {
        create(name, groups.typed(name, "FOLDER"));
    }

    @When("the management account creates an account group {string} of type {string}")
    public void createsOfType(String name, String type) {
        create(name, groups.typed(name, type).withAccounts(groups.accounts(groups.first(1))));
    }

    @When("the management account creates a custom account group without a name")
    public void createsWithoutName() {
        create(null, groups.custom(null).withAccounts(groups.accounts(groups.first(1))));
    }

    @When("the account creates an account group")
    public void theAccountCreatesAGroup() {
        createAs(world.account(), null, groups.custom("Not_Allowed").withAccounts("[]"));
    }

    /** A repeated create is remembered too: a service that ignores the ClientToken makes a second group. */
    @When("the management account repeats that request")
    public void repeats() {
        calls.repeatLastCall();
        if (lastCreate != null) {
            rememberAnswered(lastCreate);
        }
    }

    /** Creates as the management account, naming the group in the scenario by {@code name}. */
    private void create(String name, AggregatorRequest request) {
        world.createdLast(name);
        createAs(world.management(), name, request);
    }

    private void createAs(TestAccount caller, String name, AggregatorRequest request) {
        Journal.Entry entry = begunOn.beginGroup(caller, request.aggregatorName(), request.clientToken());
        lastCreate = new LastCreate(entry, name);
        calls.call(clients.of(caller, UnaryOperator.identity()), client -> client.createAggregator(request));
        rememberAnswered(lastCreate);
    }

    /**
     * Bookkeeping only, so that cleanup deletes whatever a create answered, repeats included: the Then steps judge the
     * answer. An answer without one ID leaves the entry to be found by its name: even a refusal may follow a create
     * that was carried out (a client that sent the request again after a reset connection is told its nonce was used).
     */
    private void rememberAnswered(LastCreate create) {
        ApiResponse response = calls.lastResponse();
        List<String> ids = reader.allIfReadable("AggregatorId");
        if (response.isSuccess() && ids.size() == 1) {
            begunOn.created(create.entry(), ids.get(0));
            world.nameGroup(create.name(), ids.get(0));
        } else if (response.status() >= 400 && response.status() < 500) {
            begunOn.refused(create.entry());
        }
    }


    /**
     * Asks for a group as setup; its ID. The request carries a ClientToken of the scenario, so that an answer lost on
     * the way (read timeout, reset connection) is asked for again without a second group (the documented idempotency),
     * and the group is journaled first, so that it is found by its unique name if even that answer is lost.
     */
    private String ask(String name, AggregatorRequest request) {
        // On the emulator the requests stay as recordings/emulator holds them, without a token: the rare answer lost
        // there (a request that reached it twice, client/SecondCopy) is found by the group's unique name.
        AggregatorRequest tokened = world.onEmulator() ? request
                : request.withClientToken(world.clientToken("setup-" + name));
        Journal.Entry entry = begunOn.beginGroup(world.management(), tokened.aggregatorName(), tokened.clientToken());
        String id = creator.create(clients.management(), tokened, entry);
        begunOn.created(entry, id);
        world.nameGroup(name, id);
        return id;
    }

    /** The create a repeat sends again. */
    private record LastCreate(Journal.Entry entry, String name) {
    }
}
