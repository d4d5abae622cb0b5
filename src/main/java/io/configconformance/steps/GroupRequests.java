package io.configconformance.steps;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.suite.GroupNames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The parameters of the groups a scenario asks for: its own names (with the suite's prefix), its description, and
 * member lists written as the official SDKs send AggregatorAccounts, from the scenario's members by number. Member
 * names carry characters a careless service mangles (`&`, `<`, quotes, non-ASCII), so that reading a group back
 * shows whether they came back as sent.
 */
public final class GroupRequests {

    static final String DESCRIPTION = GroupNames.MARKER;

    private final ConformanceWorld world;

    public GroupRequests(ConformanceWorld world) {
        this.world = world;
    }

    /** A custom group of the scenario, named with the suite's prefix and described. */
    AggregatorRequest custom(String name) {
        return described(AggregatorRequest.create(GroupNames.of(name), "CUSTOM"));
    }

    /** A group of another type (or none), named with the suite's prefix and described. */
    AggregatorRequest typed(String name, String type) {
        return described(AggregatorRequest.create(GroupNames.of(name), type));
    }

    static AggregatorRequest described(AggregatorRequest request) {
        return request.withDescription(DESCRIPTION);
    }

    /**
     * The name member account {@code n} is given in AggregatorAccounts: the first few carry the characters, the rest
     * stay short, so that a list of 200 still fits in a request line.
     */
    String memberName(int n) {
        return n <= 3 ? "Member & <" + n + "> \"Ünïcode\" 成员" : "member-" + n;
    }

    List<Integer> first(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    /** AggregatorAccounts as the official SDKs send it: PascalCase keys, AccountId a JSON number. */
    String accounts(List<Integer> members) {
        return members.stream().map(n -> "{\"AccountId\":" + world.member(n).accountId() + ",\"AccountName\":\""
                        + memberName(n).replace("\"", "\\\"") + "\",\"AccountType\":\"ResourceDirectory\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** AggregatorAccounts written out in a step, with {member1}, {member2}, ... replaced by their AccountIds. */
    String substitute(String json) {
        String result = json;
        for (int n = world.members().size(); n >= 1; n--) {
            result = result.replace("{member" + n + "}", String.valueOf(world.member(n).accountId()));
        }
        return result;
    }

    /** Member lists no two of which are equal: single members first, then pairs, from the scenario's members. */
    List<List<Integer>> distinctMemberLists(int count) {
        int size = world.members().size();
        List<List<Integer>> lists = new ArrayList<>();
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
