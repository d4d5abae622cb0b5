package io.configconformance.emulator.state;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Account groups by management account: state is scoped per account, so scenarios on different accounts never meet. */
public final class AggregatorStore {

    private final Map<Long, AccountGroups> byOwner = new ConcurrentHashMap<>();

    public AccountGroups of(long managementAccountId) {
        return byOwner.computeIfAbsent(managementAccountId, id -> new AccountGroups());
    }

    /** Every group, for the control API's resource listing. */
    public List<Aggregator> all() {
        return byOwner.values().stream().flatMap(groups -> {
            synchronized (groups) {
                return groups.all().stream();
            }
        }).toList();
    }

    public void reset() {
        byOwner.clear();
    }
}
