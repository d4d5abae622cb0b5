package io.configconformance.emulator.operations;

import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.AccountGroups;
import io.configconformance.emulator.state.Aggregator;
import io.configconformance.emulator.state.AggregatorMember;
import io.configconformance.emulator.state.AggregatorType;
import io.configconformance.emulator.state.Ids;
import io.configconformance.protocol.Action;
import java.util.List;
import java.util.Optional;

/**
 * CreateAggregator, 2020-09-07 (docs/api-reference/004): a management account creates an account group of type RD, FOLDER or
 * CUSTOM; at most five groups and one RD group per management account. AggregatorName and Description are both
 * required (page 004 marks each "Yes"): absent or empty is MissingParameter, AggregatorName checked first. A
 * ClientToken seen before with the same parameters answers the group it created instead of creating another.
 */
public final class CreateAggregator implements Handler<String> {

    static final int MAX_GROUPS = 5;

    @Override
    public String handle(OperationCall call) {
        Account owner = call.account();
        Optional<String> token = call.clientToken();
        String name = call.requiredParameter("AggregatorName");
        String description = call.requiredParameter("Description");
        AggregatorType type = type(call.parameter("AggregatorType").orElse("CUSTOM"));
        String folderId = type == AggregatorType.FOLDER ? folder(call, call.requiredParameter("FolderId")) : null;
        Optional<List<AggregatorMember>> given = AggregatorRules.givenMembers(call, false);
        List<AggregatorMember> members = AggregatorRules.resolve(call, type, folderId, given);
        String fingerprint = AggregatorRules.fingerprint(List.of(Optional.of(name), Optional.of(description),
                Optional.of(type.name()), Optional.ofNullable(folderId)), given);
        AccountGroups groups = call.state().aggregators().of(owner.accountId());
        synchronized (groups) {
            Optional<String> replayed = AggregatorRules.replay(groups, Action.CREATE_AGGREGATOR, token, fingerprint);
            if (replayed.isPresent()) {
                return replayed.get();
            }
            AggregatorRules.requireDistinctName(groups, null, name);
            requireRoom(groups, type);
            AggregatorRules.requireDistinctMemberList(groups, null, members);
            Aggregator created = new Aggregator("ca-" + Ids.hex(20), owner.accountId(), name, description, type,
                    folderId, members, call.now(),
                    call.now().plus(call.state().timings(owner.accountId()).aggregatorCreation()));
            groups.put(created);
            AggregatorRules.rememberToken(groups, Action.CREATE_AGGREGATOR, token, fingerprint, created.aggregatorId());
            return created.aggregatorId();
        }
    }

    private static void requireRoom(AccountGroups groups, AggregatorType type) {
        List<Aggregator> existing = groups.all();
        if (existing.size() >= MAX_GROUPS) {
            throw Errors.AGGREGATOR_EXCEED_MAX_COUNT.withDetail("A management account has at most " + MAX_GROUPS
                    + " account groups.");
        }
        if (type == AggregatorType.RD && existing.stream().anyMatch(a -> a.type() == AggregatorType.RD)) {
            throw Errors.AGGREGATOR_EXCEED_MAX_COUNT.withDetail("A management account has at most one global (RD)"
                    + " account group.");
        }
    }

    private static AggregatorType type(String value) {
        try {
            return AggregatorType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw Errors.invalidParameter("AggregatorType", "expected RD, FOLDER or CUSTOM, got '" + value + "'");
        }
    }

    /** Every folder named must be one of the caller's directory; the value is kept as given. */
    private static String folder(OperationCall call, String folderIds) {
        List<String> folders = AggregatorRules.folders(folderIds);
        if (folders.isEmpty()) {
            throw Errors.missingParameter("FolderId");
        }
        for (String folderId : folders) {
            if (call.state().accounts().folder(folderId)
                    .filter(f -> f.managementAccountId() == call.account().accountId()).isEmpty()) {
                throw Errors.invalidParameter("FolderId",
                        "'" + folderId + "' is not a folder of the caller's resource directory");
            }
        }
        return String.join(",", folders);
    }
}
