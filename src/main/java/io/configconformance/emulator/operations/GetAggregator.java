package io.configconformance.emulator.operations;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.AccountGroups;
import io.configconformance.emulator.state.Aggregator;
import io.configconformance.protocol.ApiVersion;
import java.util.Map;

/** GetAggregator, 2020-09-07: one account group with its members, as the official SDK model describes it. */
public final class GetAggregator implements Operation {

    private final AggregatorRules rules;

    public GetAggregator(EmulatorState state) {
        this.rules = new AggregatorRules(state);
    }

    @Override
    public String action() {
        return "GetAggregator";
    }

    @Override
    public ApiVersion version() {
        return ApiVersion.V2020_09_07;
    }

    @Override
    public Map<String, Object> handle(OperationCall call) {
        String aggregatorId = call.requiredParameter("AggregatorId");
        AccountGroups groups = rules.groupsOf(call.account());
        Aggregator aggregator;
        synchronized (groups) {
            aggregator = groups.find(aggregatorId).orElseThrow(() -> Errors.AGGREGATOR_ID_INVALID);
        }
        return Map.of("Aggregator", rules.details(aggregator, call.now()));
    }
}
