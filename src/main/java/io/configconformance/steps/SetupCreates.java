package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.fail;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.TransportFailure;
import io.configconformance.suite.AccountGroupList;
import io.configconformance.suite.Journal;
import java.util.List;
import java.util.Optional;

/**
 * A setup CreateAggregator whose group can always be found again. The request carries a ClientToken, so an answer
 * lost on the way (read timeout, reset connection, a request that reached the service twice) is asked for once more
 * with the same token, which the pages document as answering the same group; a service that loses that answer too,
 * or ignores the token and refuses the repeated name, is asked for its groups and the one with the request's unique
 * name is the one created. Every ID so learnt is journaled for cleanup before the scenario goes on.
 */
public final class SetupCreates {

    private static final int SENDS = 2;

    private final Calls calls;
    private final ResponseReader reader;
    private final Judge judge;

    public SetupCreates(Calls calls, ResponseReader reader, Judge judge) {
        this.calls = calls;
        this.reader = reader;
        this.judge = judge;
    }

    /** The created group's ID; the scenario stops saying why when there is none. */
    String create(ConfigClient client, AggregatorRequest request, Journal.Entry entry) {
        String lost = null;
        ApiResponse answer = null;
        for (int send = 1; send <= SENDS && answer == null; send++) {
            try {
                answer = calls.setupFindingLostAnswers(client, c -> c.createAggregator(request), response -> true);
            } catch (TransportFailure e) {
                lost = e.getMessage();
            }
        }
        if (answer != null && answer.isSuccess()) {
            return judge.value(() -> reader.single("AggregatorId"));
        }
        List<String> named = request.aggregatorName() == null ? List.of() : named(client, request.aggregatorName());
        if (named.size() == 1) {
            return named.get(0);
        }
        String why = answer == null ? "its answer was lost twice (" + lost + ")"
                : "setup call " + answer.describe() + " failed with HTTP " + answer.status() + ": " + answer.body();
        return judge.value(() -> fail("no account group " + request.aggregatorName() + " to go on with: " + why
                + "; " + named.size() + " groups of that name are listed"));
    }

    /** The IDs of the caller's groups with this name; none when they cannot be listed. */
    static List<String> named(ConfigClient client, String name) {
        return listed(client, name).orElse(List.of());
    }

    /** The IDs of the caller's groups with this name; empty when the groups cannot be listed. */
    static Optional<List<String>> listed(ConfigClient client, String name) {
        try {
            return Optional.of(AccountGroupList.of(client).stream().filter(g -> name.equals(g.name()))
                    .map(AccountGroupList.Group::id).toList());
        } catch (IllegalArgumentException | TransportFailure unlisted) {
            return Optional.empty();
        }
    }
}
