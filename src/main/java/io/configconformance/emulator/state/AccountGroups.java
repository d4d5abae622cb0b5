package io.configconformance.emulator.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account groups of one management account and the client tokens it has used, per operation (a token used with
 * CreateAggregator and the same token used with UpdateAggregator are two requests). Operations hold this object's
 * monitor across check and change (a duplicate name, the 5-group limit, a replayed token), so that concurrent
 * requests cannot both pass a check that only one of them may pass.
 */
public final class AccountGroups {

    /** What a ClientToken was used for: the parameters it came with and the group it answered. */
    public record TokenUse(String fingerprint, String aggregatorId) {
    }

    private final Map<String, Aggregator> byId = new LinkedHashMap<>();
    private final Map<String, TokenUse> tokens = new HashMap<>();

    public List<Aggregator> all() {
        return new ArrayList<>(byId.values());
    }

    public Optional<Aggregator> find(String aggregatorId) {
        return Optional.ofNullable(byId.get(aggregatorId));
    }

    public void put(Aggregator aggregator) {
        byId.put(aggregator.aggregatorId(), aggregator);
    }

    public void remove(String aggregatorId) {
        byId.remove(aggregatorId);
    }

    public Optional<TokenUse> token(String action, String clientToken) {
        return Optional.ofNullable(tokens.get(action + "\n" + clientToken));
    }

    public void rememberToken(String action, String clientToken, TokenUse use) {
        tokens.put(action + "\n" + clientToken, use);
    }
}
