package io.configconformance.emulator.operations;

import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.AccountGroups;
import io.configconformance.emulator.state.AggregatorType;
import io.configconformance.emulator.view.AggregatorView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * DeleteAggregators, 2020-09-07: deletes the caller's account groups named in the comma-separated AggregatorIds, one
 * to five of them as the API metadata documents (Invalid.AggregatorIds.Empty without any, .SizeExceed beyond five,
 * docs/ERRATA.md A35; a repeated ID names one group); an
 * ID that is not one of the caller's refuses the whole request (Invalid.AggregatorId.Value) and deletes nothing. The
 * global (RD) group is the default group, and page 003's row says "DefaultAggregatorDeleteNotSupport: The default
 * aggregator cannot be deleted": it stays, and its entry in the answer is Success false with that ErrorCode (the
 * official SDK model's per-group result) while the other groups named are deleted.
 */
public final class DeleteAggregators implements Handler<List<AggregatorView.Deletion>> {

    private static final int MAX_IDS = 5;

    @Override
    public List<AggregatorView.Deletion> handle(OperationCall call) {
        List<String> ids = Arrays.stream(call.parameter("AggregatorIds").orElse("").split(","))
                .map(String::trim).filter(id -> !id.isEmpty()).distinct().toList();
        if (ids.isEmpty()) {
            throw Errors.AGGREGATOR_IDS_EMPTY;
        }
        if (ids.size() > MAX_IDS) {
            throw Errors.AGGREGATOR_IDS_SIZE_EXCEED.withDetail(ids.size() + " were given.");
        }
        AccountGroups groups = AggregatorRules.groupsOf(call);
        List<AggregatorView.Deletion> deletions = new ArrayList<>();
        synchronized (groups) {
            for (String id : ids) {
                if (groups.find(id).isEmpty()) {
                    throw Errors.AGGREGATOR_ID_INVALID.withDetail("'" + id + "' is not one of your account groups.");
                }
            }
            for (String id : ids) {
                if (groups.find(id).orElseThrow().type() == AggregatorType.RD) {
                    deletions.add(new AggregatorView.Deletion(id, Errors.DEFAULT_AGGREGATOR_DELETE_NOT_SUPPORT.code()));
                } else {
                    groups.remove(id);
                    deletions.add(new AggregatorView.Deletion(id, null));
                }
            }
        }
        return deletions;
    }
}
