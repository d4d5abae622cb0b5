package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.report.Grade;
import io.configconformance.suite.GroupNames;
import io.cucumber.java.en.Then;
import java.util.List;

/**
 * What the answers about account groups must say: the ID a creation or update names, and what a read of the group
 * (GetAggregator) or of the list (ListAggregators) shows. These steps judge the last answer and send nothing; the
 * reads they judge are When steps of the scenario. Every read also checks that the IDs agree across calls and that
 * counts agree with the lists they count.
 */
public final class AggregatorChecks {

    private static final String GROUP = "Aggregator.";
    private static final String MEMBER_IDS = GROUP + "AggregatorAccounts.AccountId";

    private final ConformanceWorld world;
    private final ResponseReader reader;
    private final Judge judge;
    private final GroupRequests groups;

    public AggregatorChecks(ConformanceWorld world, ResponseReader reader, Judge judge, GroupRequests groups) {
        this.world = world;
        this.reader = reader;
        this.judge = judge;
        this.groups = groups;
    }

    /** The format of an ID is read from masked samples, so a miss of it is graded by that erratum (E7). */
    @Then("the response names a new account group ID")
    public void namesANewGroupId() {
        String id = judge.value(() -> reader.single("AggregatorId"));
        judge.that(Grade.contested("E7"), () -> assertTrue(id.matches("ca-[0-9a-f]{16,32}"),
                reader.describe("AggregatorId", "ca- followed by hex", id)));
    }

    @Then("the response names the same account group as before")
    public void namesTheSameGroup() {
        namesTheGroup(world.lastCreatedName());
    }

    @Then("the response names the account group {string}")
    public void namesTheGroup(String group) {
        judge.that(() -> reader.assertSingle("AggregatorId", world.groupId(group)));
    }

    @Then("the account group has {int} member account(s)")
    public void hasMemberCount(int count) {
        judge.that(() -> {
            theReadIsOfTheGroup();
            List<String> ids = reader.all(MEMBER_IDS);
            assertEquals(count, ids.size(), reader.describe(GROUP + "AggregatorAccounts", count + " accounts", ids));
        });
    }

    @Then("the account group has the member account(s) {memberList}")
    public void hasMembers(List<Integer> members) {
        judge.that(() -> {
            theReadIsOfTheGroup();
            List<String> expected = members.stream().map(n -> String.valueOf(world.member(n).accountId())).sorted()
                    .toList();
            List<String> actual = reader.all(MEMBER_IDS).stream().sorted().toList();
            assertEquals(expected, actual, reader.describe(MEMBER_IDS, expected.toString(), actual));
        });
    }

    @Then("the account group's members are named as they were given")
    public void membersAreNamedAsGiven() {
        judge.that(() -> {
            List<String> ids = reader.all(MEMBER_IDS);
            List<String> names = reader.all(GROUP + "AggregatorAccounts.AccountName");
            assertEquals(ids.size(), names.size(), reader.describe(GROUP + "AggregatorAccounts.AccountName",
                    "one name per member", names));
            for (int i = 0; i < ids.size(); i++) {
                String expected = groups.memberName(world.memberNumber(Long.parseLong(ids.get(i))));
                assertEquals(expected, names.get(i), reader.describe(GROUP + "AggregatorAccounts.AccountName",
                        expected, names.get(i)));
            }
        });
    }

    @Then("the account group is named {string} and described as {string}")
    public void isNamed(String name, String description) {
        judge.that(() -> {
            theReadIsOfTheGroup();
            reader.assertSingle(GROUP + "AggregatorName", GroupNames.of(name));
            reader.assertSingle(GROUP + "Description", description);
        });
    }

    @Then("the account group has type {word}")
    public void hasType(String type) {
        judge.that(() -> {
            theReadIsOfTheGroup();
            reader.assertSingle(GROUP + "AggregatorType", type);
        });
    }

    @Then("the list holds {int} account group(s) of the suite")
    public void theListHolds(int count) {
        judge.that(() -> {
            // Only the suite's own groups count: a real management account may have others.
            List<String> names = reader.all("AggregatorsResult.Aggregators.AggregatorName").stream()
                    .filter(name -> name.startsWith(GroupNames.PREFIX)).toList();
            assertEquals(count, names.size(), reader.describe("AggregatorsResult.Aggregators", count + " groups",
                    names));
        });
    }

    /** The read is of the group the scenario asked for, and its member count agrees with its member list. */
    private void theReadIsOfTheGroup() {
        String expected = world.groupId(world.lastReadGroup());
        reader.assertSingle(GROUP + "AggregatorId", expected);
        List<String> count = reader.all(GROUP + "AggregatorAccountCount");
        int members = reader.all(MEMBER_IDS).size();
        assertTrue(count.isEmpty() || count.get(0).equals(String.valueOf(members)), () -> reader.describe(
                GROUP + "AggregatorAccountCount", members + ", the number of AggregatorAccounts", count));
    }
}
