package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.fail;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.Exchange;
import io.configconformance.client.TransportFailure;
import io.configconformance.report.Grade;
import io.configconformance.report.NotReached;
import io.configconformance.suite.RunContext;
import io.configconformance.validation.ResponseFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.opentest4j.TestAbortedException;

/**
 * The two ways a scenario calls the service, both recorded: {@link #call}, whose answer the Then steps judge, and
 * {@link #setup}, which retries ServiceUnavailable and must be accepted (a success within its schema, unless told
 * otherwise) for the scenario to go on. Neither ever sees a throttled answer unless the service throttled it for
 * {@link io.configconformance.client.Pacing#THROTTLE_BUDGET_MILLIS}: the client sends those again. The last answer and its exchange are
 * kept for the Then steps and the report; every answer's RequestId is kept to check that none repeats.
 */
public final class Calls {

    private final Clients clients;
    private final Judge judge;
    private final SchemaCheck schemas;
    private final List<String> requestIds = new ArrayList<>();
    private final List<String> resends = new ArrayList<>();
    private Function<ConfigClient, ApiResponse> lastCall;
    private ApiResponse lastResponse;
    private Exchange lastExchange;
    private ResponseFields.Parsed lastFields;
    private IllegalArgumentException unreadable;
    private boolean cleaningUp;

    public Calls(Clients clients, Judge judge, SchemaCheck schemas) {
        this.clients = clients;
        this.judge = judge;
        this.schemas = schemas;
    }

    /** The call a scenario judges, as the acting account. */
    public ApiResponse call(Function<ConfigClient, ApiResponse> call) {
        return call(clients.acting(), call);
    }

    public ApiResponse call(ConfigClient client, Function<ConfigClient, ApiResponse> call) {
        goOnUnlessStopping();
        lastCall = call;
        return remember(client, send(client, call, false));
    }

    /** The last judged call again, with the same parameters (a ClientToken replay, a second start). */
    public ApiResponse repeatLastCall() {
        if (lastCall == null) {
            throw new IllegalStateException("no call to repeat yet in this scenario");
        }
        return call(clients.acting(), lastCall);
    }

    /** A setup call that must succeed within its schema, or the scenario stops saying why. */
    public ApiResponse setup(ConfigClient client, Function<ConfigClient, ApiResponse> call) {
        return setup(client, call, ApiResponse::isSuccess);
    }

    /**
     * A setup or cleanup call, sent again on ServiceUnavailable; the scenario stops, saying why, unless
     * the answer is a Cloud Config answer that {@code accepted} takes (a success is also held to its schema).
     */
    public ApiResponse setup(ConfigClient client, Function<ConfigClient, ApiResponse> call,
                             Predicate<ApiResponse> accepted) {
        return setup(client, call, accepted, false);
    }

    /**
     * A setup call whose caller finds its result again when its answer is lost ({@link SetupCreates}): every
     * {@link TransportFailure} reaches the caller, a request that reached the service twice included.
     */
    ApiResponse setupFindingLostAnswers(ConfigClient client, Function<ConfigClient, ApiResponse> call,
                                        Predicate<ApiResponse> accepted) {
        return setup(client, call, accepted, true);
    }

    private ApiResponse setup(ConfigClient client, Function<ConfigClient, ApiResponse> call,
                              Predicate<ApiResponse> accepted, boolean findsLostAnswers) {
        goOnUnlessStopping();
        ApiResponse response = remember(client, send(client, call, findsLostAnswers));
        for (int attempt = 1; attempt < RetryPolicy.ATTEMPTS && RetryPolicy.retryable(response)
                && RetryPolicy.pauseAfter(attempt, clients.stats()); attempt++) {
            response = remember(client, send(client, call, findsLostAnswers));
        }
        ApiResponse answer = response;
        judge.checks().expect(Grade.PAGE, () -> schemas.assertIsAnApiAnswer(answer)).endIfMissed().expect(() -> {
            if (!accepted.test(answer)) {
                fail("setup call " + answer.describe() + " failed with HTTP " + answer.status() + ": " + answer.body());
            }
            if (answer.isSuccess()) {
                schemas.assertConformsToOperationSchema(answer);
            }
        }).end();
        return response;
    }

    /** From now on the scenario's calls undo what it did: they go on when the run is stopping. */
    public void cleaningUp() {
        cleaningUp = true;
    }

    /** A stopping run sends nothing more than cleanup: the scenario ends here and its cleanup runs. */
    private void goOnUnlessStopping() {
        if (!cleaningUp) {
            RunContext.current().stopRequested().ifPresent(signal -> {
                throw new TestAbortedException("the run was stopped by " + signal + ": the scenario ended here and"
                        + " its cleanup ran");
            });
        }
    }

    /**
     * Sends the call; when no usable answer comes back, the checks that follow have none to read. A request that
     * reached the service twice has no answer of the service's to judge, and its SignatureNonceUsed is the suite's
     * own HTTP client's doing: the scenario is NOT REACHED this time, unless the caller finds what it did
     * ({@code findsLostAnswers}) or the scenario is cleaning up (its cleanup goes on and finds what is left).
     */
    private ApiResponse send(ConfigClient client, Function<ConfigClient, ApiResponse> call, boolean findsLostAnswers) {
        try {
            return call.apply(client);
        } catch (TransportFailure noAnswer) {
            judge.noAnswer();
            if (noAnswer.reachedTwice() && !findsLostAnswers && !cleaningUp) {
                throw new NotReached(noAnswer.getMessage());
            }
            throw noAnswer;
        }
    }

    /** Keeps the answer, parsed once for every field the scenario reads from it. */
    private ApiResponse remember(ConfigClient client, ApiResponse response) {
        resends.addAll(client.takeResends());
        lastResponse = response;
        judge.answered(response);
        lastExchange = client.lastExchange();
        try {
            lastFields = ResponseFields.parse(response.format(), response.body());
            unreadable = null;
            List<String> ids = lastFields.values("RequestId");
            requestIds.add(ids.isEmpty() ? "" : ids.get(0));
        } catch (IllegalArgumentException e) {
            lastFields = null;
            unreadable = e;
            requestIds.add("");
        }
        return response;
    }

    /** The fields of the last answer; fails with the reason when its body cannot be read. */
    public ResponseFields.Parsed lastFields() {
        lastResponse();
        if (lastFields == null) {
            throw new IllegalArgumentException(unreadable.getMessage(), unreadable);
        }
        return lastFields;
    }

    /** Every answer carries a RequestId of its own: the last one must not repeat an earlier answer's. */
    public void assertFreshRequestId() {
        String last = requestIds.get(requestIds.size() - 1);
        if (!last.isEmpty() && requestIds.subList(0, requestIds.size() - 1).contains(last)) {
            throw new AssertionError(lastResponse.describe() + ": RequestId " + last
                    + " repeats the RequestId of an earlier answer in this scenario");
        }
    }

    /** The calls sent again (throttled, or no byte of answer), one line each, for the scenario's report. */
    public List<String> resends() {
        return List.copyOf(resends);
    }

    public ApiResponse lastResponse() {
        if (lastResponse == null) {
            throw new IllegalStateException("no call has been made yet in this scenario (a When step is missing)");
        }
        return lastResponse;
    }

    public Exchange lastExchange() {
        return lastExchange;
    }
}
