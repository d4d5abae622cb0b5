package io.configconformance.emulator.operations;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.protocol.Errors;
import io.configconformance.emulator.state.AccountGroups;
import io.configconformance.protocol.ApiVersion;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DeleteAggregators, 2020-09-07: deletes the caller's account groups named in the comma-separated AggregatorIds; an
 * ID that is not one of the caller's refuses the whole request (Invalid.AggregatorId.Value) and deletes nothing.
 */
public final class DeleteAggregators implements Operation {

    private final AggregatorRules rules;

    public DeleteAggregators(EmulatorState state) {
        this.rules = new AggregatorRules(state);
    }

    @Override
    public String action() {
        return "DeleteAggregators";
    }

    @Override
    public ApiVersion version() {
        return ApiVersion.V2020_09_07;
    }

    @Override
    public Map<String, Object> handle(OperationCall call) {
        List<String> ids = Arrays.stream(call.requiredParameter("AggregatorIds").split(","))
                .map(String::trim).filter(id -> !id.isEmpty()).distinct().toList();
        AccountGroups groups = rules.groupsOf(call.account());
        synchronized (groups) {
            for (String id : ids) {
                if (groups.find(id).isEmpty()) {
                    throw Errors.AGGREGATOR_ID_INVALID.withDetail("'" + id + "' is not one of your account groups.");
                }
            }
            ids.forEach(groups::remove);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("OperateAggregators", ids.stream().map(id -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("AggregatorId", id);
            item.put("Success", true);
            return item;
        }).toList());
        return Map.of("OperateAggregatorsResult", result);
    }
}
