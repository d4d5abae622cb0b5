package io.configconformance.emulator.operations;

import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.AccountGroups;
import io.configconformance.emulator.state.AggregatorMember;
import io.configconformance.emulator.state.AggregatorType;
import io.configconformance.emulator.state.Role;
import io.configconformance.protocol.Action;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules CreateAggregator and UpdateAggregator share (docs/api-reference/003, 004): at most 200 members, no member twice,
 * members from the caller's resource directory (and folder), no two groups with the same member list; and which
 * groups a caller addresses.
 */
final class AggregatorRules {

    static final int MAX_MEMBERS = 200;

    private AggregatorRules() {
    }

    /** The caller's groups; a caller that heads no directory has none, so any ID it names is not one of its groups. */
    static AccountGroups groupsOf(OperationCall call) {
        if (call.account().role() != Role.MANAGEMENT) {
            throw Errors.AGGREGATOR_ID_INVALID;
        }
        return call.state().aggregators().of(call.account().accountId());
    }

    /**
     * The parameters a ClientToken is bound to, as one text: the request's parameters as given (absent or the value)
     * and the members of AggregatorAccounts if given, each length-prefixed so that different requests never meet.
     */
    static String fingerprint(List<Optional<String>> parameters, Optional<List<AggregatorMember>> given) {
        List<Optional<String>> all = new ArrayList<>(parameters);
        all.add(given.map(members -> members.stream().map(m -> m.accountId() + ":" + lengthPrefixed(m.accountName()))
                .sorted().collect(Collectors.joining(","))));
        return all.stream().map(value -> value.map(AggregatorRules::lengthPrefixed).orElse("-"))
                .collect(Collectors.joining());
    }

    private static String lengthPrefixed(String value) {
        return value.length() + ":" + value;
    }

    /**
     * The AggregatorId a ClientToken already answered for this action, if it came with the same parameters before;
     * IdempotentParameterMismatch if it came with others (docs/api-reference/003, 004: the token ensures idempotence).
     */
    static Optional<String> replay(AccountGroups groups, Action action, Optional<String> token, String fingerprint) {
        Optional<AccountGroups.TokenUse> use = token.flatMap(value -> groups.token(action.wireName(), value));
        if (use.isPresent() && !use.get().fingerprint().equals(fingerprint)) {
            throw Errors.IDEMPOTENT_PARAMETER_MISMATCH;
        }
        return use.map(AccountGroups.TokenUse::aggregatorId);
    }

    static void rememberToken(AccountGroups groups, Action action, Optional<String> token, String fingerprint,
                              String aggregatorId) {
        token.ifPresent(value -> groups.rememberToken(action.wireName(), value,
                new AccountGroups.TokenUse(fingerprint, aggregatorId)));
    }

    /** FolderId names one folder or several, comma-separated (the official SDK model). */
    static List<String> folders(String folderId) {
        return java.util.Arrays.stream(folderId.split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
    }

    /** AggregatorAccounts if the request carries a non-empty value; {@code nameRequired} as in UpdateAggregator. */
    static Optional<List<AggregatorMember>> givenMembers(OperationCall call, boolean nameRequired) {
        return call.parameter("AggregatorAccounts").filter(value -> !value.isBlank())
                .map(value -> AggregatorAccounts.parse(value, nameRequired));
    }

    /**
     * The members a group of this type gets. A global (RD) group holds every member of the directory, "The global
     * account group contains all the member accounts that are added to the resource directory" (page 004): a list
     * given for it is read and checked for item duplicates like any other, but does not choose the members. A FOLDER
     * group holds the given list, each a member of its folders, else every member of its folders. A CUSTOM group
     * holds the given list, which must not be empty.
     */
    static List<AggregatorMember> resolve(OperationCall call, AggregatorType type, String folderId,
                                          Optional<List<AggregatorMember>> given) {
        List<Account> eligible = call.state().accounts().members(call.account().accountId()).stream()
                .filter(member -> type != AggregatorType.FOLDER || folders(folderId).contains(member.folderId()))
                .toList();
        List<AggregatorMember> everyEligible = eligible.stream().map(m -> new AggregatorMember(m.accountId(),
                m.accountName(), AggregatorAccounts.RESOURCE_DIRECTORY)).toList();
        if (type == AggregatorType.RD) {
            given.ifPresent(AggregatorRules::requireDistinctItems);
            return everyEligible;
        }
        if (given.isEmpty()) {
            if (type == AggregatorType.CUSTOM) {
                throw Errors.AGGREGATOR_ACCOUNTS_EMPTY;
            }
            return everyEligible;
        }
        List<AggregatorMember> members = given.get();
        if (members.isEmpty()) {
            throw Errors.AGGREGATOR_ACCOUNTS_EMPTY;
        }
        if (members.size() > MAX_MEMBERS) {
            throw Errors.AGGREGATOR_ACCOUNT_EXCEED_MAX_COUNT.withDetail(
                    "At most " + MAX_MEMBERS + " member accounts, got " + members.size() + ".");
        }
        requireDistinctItems(members);
        Set<Long> allowed = new HashSet<>();
        eligible.forEach(member -> allowed.add(member.accountId()));
        for (AggregatorMember member : members) {
            if (!allowed.contains(member.accountId())) {
                throw Errors.AGGREGATOR_ACCOUNTS_INVALID.withDetail("Account " + member.accountId() + " is not a member"
                        + (type == AggregatorType.FOLDER ? " of folder " + folderId : " of the resource directory")
                        + ".");
            }
        }
        return List.copyOf(members);
    }

    /** AggregatorAccountListItemDuplicated when the list names an account twice. */
    private static void requireDistinctItems(List<AggregatorMember> members) {
        Set<Long> seen = new HashSet<>();
        for (AggregatorMember member : members) {
            if (!seen.add(member.accountId())) {
                throw Errors.AGGREGATOR_ACCOUNT_LIST_ITEM_DUPLICATED.withDetail(
                        "Account " + member.accountId() + " is listed twice.");
            }
        }
    }

    /**
     * AggregatorAccountListDuplicated when another group already has exactly these members: the members the groups
     * really hold, so a global group counts as the whole directory whatever list it was created with.
     */
    static void requireDistinctMemberList(AccountGroups groups, String ownId, List<AggregatorMember> members) {
        Set<Long> ids = new HashSet<>();
        members.forEach(member -> ids.add(member.accountId()));
        boolean taken = groups.all().stream()
                .anyMatch(other -> !other.aggregatorId().equals(ownId) && other.memberIds().equals(ids));
        if (taken) {
            throw Errors.AGGREGATOR_ACCOUNT_LIST_DUPLICATED;
        }
    }

    static void requireDistinctName(AccountGroups groups, String ownId, String name) {
        if (groups.all().stream().anyMatch(other -> !other.aggregatorId().equals(ownId) && other.name().equals(name))) {
            throw Errors.AGGREGATOR_NAME_DUPLICATED.withDetail("'" + name + "' is taken.");
        }
    }
}
