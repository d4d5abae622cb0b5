package io.configconformance.emulator.control;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.view.AggregatorView;
import io.configconformance.emulator.view.RecorderView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** GET /resources[?AccountId=]: the recorders and account groups, of every account or of one. */
final class GetResourcesTask implements ControlTask {

    @Override
    public Object execute(EmulatorState state, ControlRequest request) {
        Long accountId = request.accountFilter();
        Instant now = state.clock().instant();
        List<Map<String, Object>> recorders = state.recorders().all().entrySet().stream()
                .filter(entry -> accountId == null || entry.getKey().equals(accountId))
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> RecorderView.listing(entry.getKey(), entry.getValue().view(now))).toList();
        List<Map<String, Object>> groups = state.aggregators().all().stream()
                .filter(group -> accountId == null || group.ownerAccountId() == accountId)
                .map(group -> AggregatorView.listing(group, now)).toList();
        return Map.of("Recorders", recorders, "Aggregators", groups);
    }
}
