package io.configconformance.emulator.operations;

import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.AccountGroups;
import io.configconformance.emulator.state.Aggregator;

/** GetAggregator, 2020-09-07: one account group with its members, as the official SDK model describes it. */
public final class GetAggregator implements Handler<Aggregator> {

    @Override
    public Aggregator handle(OperationCall call) {
        String aggregatorId = call.requiredParameter("AggregatorId");
        AccountGroups groups = AggregatorRules.groupsOf(call);
        synchronized (groups) {
            return groups.find(aggregatorId).orElseThrow(() -> Errors.AGGREGATOR_ID_INVALID);
        }
    }
}
