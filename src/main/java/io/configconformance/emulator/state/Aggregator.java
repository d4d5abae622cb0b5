package io.configconformance.emulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An account group of a management account. It is being created until {@code readyAt} (AggregatorStatus 0) and
 * created from then on (1); while it is being created, UpdateAggregator answers AggregatorAlreadyPending.
 */
public record Aggregator(String aggregatorId, long ownerAccountId, String name, String description,
                         AggregatorType type, String folderId, List<AggregatorMember> members, Instant createdAt,
                         Instant readyAt) {

    public static final int CREATING = 0;
    public static final int CREATED = 1;

    public int status(Instant now) {
        return now.isBefore(readyAt) ? CREATING : CREATED;
    }

    public Set<Long> memberIds() {
        return members.stream().map(AggregatorMember::accountId).collect(Collectors.toSet());
    }

    public Aggregator withChanges(String newName, String newDescription, List<AggregatorMember> newMembers) {
        return new Aggregator(aggregatorId, ownerAccountId, newName, newDescription, type, folderId, newMembers,
                createdAt, readyAt);
    }
}
