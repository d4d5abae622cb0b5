package io.configconformance.emulator.operations;

import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.AccountGroups;
import io.configconformance.emulator.state.Aggregator;
import io.configconformance.emulator.state.AggregatorMember;
import io.configconformance.emulator.state.AggregatorType;
import io.configconformance.protocol.Action;
import java.util.List;
import java.util.Optional;

/**
 * UpdateAggregator, 2020-09-07 (docs/api-reference/003): renames, redescribes, and replaces the member list of an account group
 * only when AggregatorAccounts is given, each item with AccountId, AccountName and AccountType ("If you want to update
 * the member account list, you must set the AccountId, AccountName and AccountType parameters"). AggregatorId is
 * required (MissingParameter). A group still being created answers AggregatorAlreadyPending; the member list of the
 * global (RD) group follows the directory and cannot be edited (DefaultAggregatorDeleteNotSupport). ClientToken
 * "is used to ensure the idempotence of the request", as in CreateAggregator: the same token with the same parameters
 * answers the same AggregatorId and changes nothing again; with other parameters it is IdempotentParameterMismatch.
 */
public final class UpdateAggregator implements Handler<String> {

    @Override
    public String handle(OperationCall call) {
        String aggregatorId = call.requiredParameter("AggregatorId");
        Optional<String> token = call.clientToken();
        AccountGroups groups = AggregatorRules.groupsOf(call);
        Optional<List<AggregatorMember>> given = AggregatorRules.givenMembers(call, true);
        String fingerprint = AggregatorRules.fingerprint(List.of(Optional.of(aggregatorId),
                call.parameter("AggregatorName"), call.parameter("Description")), given);
        synchronized (groups) {
            if (AggregatorRules.replay(groups, Action.UPDATE_AGGREGATOR, token, fingerprint).isPresent()) {
                return aggregatorId;
            }
            Aggregator current = groups.find(aggregatorId).orElseThrow(() -> Errors.AGGREGATOR_ID_INVALID);
            if (current.status(call.now()) == Aggregator.CREATING) {
                throw Errors.AGGREGATOR_ALREADY_PENDING;
            }
            String name = call.parameter("AggregatorName").filter(value -> !value.isEmpty()).orElse(current.name());
            AggregatorRules.requireDistinctName(groups, aggregatorId, name);
            List<AggregatorMember> members = current.members();
            if (given.isPresent()) {
                if (current.type() == AggregatorType.RD) {
                    throw Errors.DEFAULT_AGGREGATOR_DELETE_NOT_SUPPORT.withDetail(
                            "The member list of the global (RD) account group follows the resource directory.");
                }
                members = AggregatorRules.resolve(call, current.type(), current.folderId(), given);
                AggregatorRules.requireDistinctMemberList(groups, aggregatorId, members);
            }
            String description = call.parameter("Description").orElse(current.description());
            groups.put(current.withChanges(name, description, members));
            AggregatorRules.rememberToken(groups, Action.UPDATE_AGGREGATOR, token, fingerprint, aggregatorId);
        }
        return aggregatorId;
    }
}
