package io.configconformance.emulator.view;

import io.configconformance.emulator.state.Aggregator;
import io.configconformance.emulator.state.AggregatorMember;
import io.configconformance.emulator.state.RecorderStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an account group (aggregator) is shown: in the answers of CreateAggregator and UpdateAggregator (docs/api-reference/003,
 * 004), of GetAggregator, ListAggregators and DeleteAggregators (the official SDK models), and in the control API's
 * listing.
 */
public final class AggregatorView {

    /** One page of ListAggregators; NextToken is empty on the last page, as in the published sample. */
    public record Page(List<Aggregator> aggregators, String nextToken) {
    }

    /** One group named in DeleteAggregators: deleted, or kept with the code that says why. */
    public record Deletion(String aggregatorId, String errorCode) {
    }

    private AggregatorView() {
    }

    /** CreateAggregator and UpdateAggregator answer only the group's ID. */
    public static Map<String, Object> id(String aggregatorId) {
        return Map.of("AggregatorId", aggregatorId);
    }

    /** GetAggregator: the summary plus every member with the state of its recorder. */
    public static Map<String, Object> details(Aggregator aggregator, Instant now, RecorderStore recorders) {
        Map<String, Object> fields = summary(aggregator, now);
        // The SDK model types this field String in GetAggregator and Long in ListAggregators (ERRATA E10).
        fields.put("AggregatorCreateTimestamp", String.valueOf(aggregator.createdAt().toEpochMilli()));
        fields.put("AggregatorAccounts", aggregator.members().stream()
                .map(member -> member(member, recorders.of(member.accountId()).view(now).status().name())).toList());
        return Map.of("Aggregator", fields);
    }

    public static Map<String, Object> page(Page page, Instant now) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("Aggregators", page.aggregators().stream().map(group -> summary(group, now)).toList());
        result.put("NextToken", page.nextToken());
        return Map.of("AggregatorsResult", result);
    }

    /** DeleteAggregators: the official SDK model's per-group result, ErrorCode only where the group stays. */
    public static Map<String, Object> deletions(List<Deletion> deletions) {
        List<Map<String, Object>> results = deletions.stream().map(deletion -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("AggregatorId", deletion.aggregatorId());
            item.put("ErrorCode", deletion.errorCode());
            item.put("Success", deletion.errorCode() == null);
            return item;
        }).toList();
        return Map.of("OperateAggregatorsResult", Map.of("OperateAggregators", results));
    }

    /** One group in GET /__emulator/resources: enough to find it and its members. */
    public static Map<String, Object> listing(Aggregator group, Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("AggregatorId", group.aggregatorId());
        fields.put("AccountId", group.ownerAccountId());
        fields.put("AggregatorName", group.name());
        fields.put("AggregatorType", group.type().name());
        fields.put("AggregatorStatus", group.status(now));
        fields.put("MemberAccountIds", group.members().stream().map(AggregatorMember::accountId).toList());
        return fields;
    }

    /** What ListAggregators gives of a group, fields in the SDK model's order. */
    private static Map<String, Object> summary(Aggregator aggregator, Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("AccountId", aggregator.ownerAccountId());
        fields.put("AggregatorAccountCount", (long) aggregator.members().size());
        fields.put("AggregatorCreateTimestamp", aggregator.createdAt().toEpochMilli());
        fields.put("AggregatorId", aggregator.aggregatorId());
        fields.put("AggregatorName", aggregator.name());
        fields.put("AggregatorStatus", aggregator.status(now));
        fields.put("AggregatorType", aggregator.type().name());
        fields.put("Description", aggregator.description());
        fields.put("FolderId", aggregator.folderId());
        return fields;
    }

    private static Map<String, Object> member(AggregatorMember member, String recorderStatus) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("AccountId", member.accountId());
        account.put("AccountName", member.accountName());
        account.put("AccountType", member.accountType());
        account.put("RecorderStatus", recorderStatus);
        return account;
    }
}
