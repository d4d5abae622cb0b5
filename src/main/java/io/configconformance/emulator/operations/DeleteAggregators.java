package io.configconformance.emulator.operations;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.AccountGroups;
import io.configconformance.emulator.state.AggregatorType;
import io.configconformance.protocol.ApiVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DeleteAggregators, 2020-09-07: deletes the caller's account groups named in the comma-separated AggregatorIds; an
 * ID that is not one of the caller's refuses the whole request (Invalid.AggregatorId.Value) and deletes nothing. The
 * global (RD) group is the default group, and page 003's row says "DefaultAggregatorDeleteNotSupport: The default
 * aggregator cannot be deleted": it stays, and its entry in the answer is Success false with that ErrorCode (the
 * official SDK model's per-group result) while the other groups named are deleted.
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
        List<Map<String, Object>> results = new ArrayList<>();
        synchronized (groups) {
            for (String id : ids) {
                if (groups.find(id).isEmpty()) {
                    throw Errors.AGGREGATOR_ID_INVALID.withDetail("'" + id + "' is not one of your account groups.");
                }
            }
            for (String id : ids) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("AggregatorId", id);
                if (groups.find(id).orElseThrow().type() == AggregatorType.RD) {
                    item.put("ErrorCode", Errors.DEFAULT_AGGREGATOR_DELETE_NOT_SUPPORT.code());
                    item.put("Success", false);
                } else {
                    groups.remove(id);
                    item.put("Success", true);
                }
                results.add(item);
            }
        }
        return Map.of("OperateAggregatorsResult", Map.of("OperateAggregators", results));
    }
}
