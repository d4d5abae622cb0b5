package io.configconformance.emulator.operations;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.AccountGroups;
import io.configconformance.emulator.state.Aggregator;
import io.configconformance.emulator.state.AggregatorMember;
import io.configconformance.emulator.state.AggregatorType;
import io.configconformance.emulator.state.Ids;
import io.configconformance.emulator.state.Role;
import io.configconformance.protocol.ApiVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CreateAggregator, 2020-09-07 (api-docs 004): a management account creates an account group of type RD, FOLDER or
 * CUSTOM; at most five groups and one RD group per management account. AggregatorName and Description are both
 * required (page 004 marks each "Yes"): absent or empty is MissingParameter, AggregatorName checked first. A
 * ClientToken seen before with the same parameters answers the group it created instead of creating another.
 */
public final class CreateAggregator implements Operation {

    static final int MAX_GROUPS = 5;

    private final EmulatorState state;
    private final AggregatorRules rules;

    public CreateAggregator(EmulatorState state) {
        this.state = state;
        this.rules = new AggregatorRules(state);
    }

    @Override
    public String action() {
        return "CreateAggregator";
    }

    @Override
    public ApiVersion version() {
        return ApiVersion.V2020_09_07;
    }

    @Override
    public ApiError permissionDenied() {
        return Errors.NO_PERMISSION_CREATE_AGGREGATOR;
    }

    @Override
    public Map<String, Object> handle(OperationCall call) {
        Account owner = call.account();
        if (owner.role() != Role.MANAGEMENT) {
            throw Errors.NO_PERMISSION_CREATE_AGGREGATOR;
        }
        Optional<String> token = call.clientToken();
        String name = call.requiredParameter("AggregatorName");
        String description = call.requiredParameter("Description");
        AggregatorType type = type(call.parameter("AggregatorType").orElse("CUSTOM"));
        String folderId = type == AggregatorType.FOLDER ? folder(owner, call.requiredParameter("FolderId")) : null;
        Optional<List<AggregatorMember>> given = AggregatorRules.givenMembers(call, false);
        List<AggregatorMember> members = rules.resolve(owner, type, folderId, given);
        String fingerprint = AggregatorRules.fingerprint(List.of(Optional.of(name), Optional.of(description),
                Optional.of(type.name()), Optional.ofNullable(folderId)), given);
        AccountGroups groups = state.aggregators().of(owner.accountId());
        synchronized (groups) {
            Optional<String> replayed = AggregatorRules.replay(groups, action(), token, fingerprint);
            if (replayed.isPresent()) {
                return Map.of("AggregatorId", replayed.get());
            }
            AggregatorRules.requireDistinctName(groups, null, name);
            requireRoom(groups, type);
            AggregatorRules.requireDistinctMemberList(groups, null, members);
            Aggregator created = new Aggregator("ca-" + Ids.hex(20), owner.accountId(), name, description, type,
                    folderId, members, call.now(),
                    call.now().plus(state.timings(owner.accountId()).aggregatorCreation()));
            groups.put(created);
            AggregatorRules.rememberToken(groups, action(), token, fingerprint, created.aggregatorId());
            return Map.of("AggregatorId", created.aggregatorId());
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
    private String folder(Account owner, String folderIds) {
        List<String> folders = AggregatorRules.folders(folderIds);
        if (folders.isEmpty()) {
            throw Errors.missingParameter("FolderId");
        }
        for (String folderId : folders) {
            if (state.accounts().folder(folderId).filter(f -> f.managementAccountId() == owner.accountId()).isEmpty()) {
                throw Errors.invalidParameter("FolderId",
                        "'" + folderId + "' is not a folder of the caller's resource directory");
            }
        }
        return String.join(",", folders);
    }
}
