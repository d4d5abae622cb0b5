package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.fail;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.TestAccount;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.Exchange;
import io.configconformance.client.HttpStats;
import io.configconformance.client.SignatureVersion;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.suite.AccountSource;
import io.configconformance.suite.EndpointUnderTest;
import io.configconformance.suite.RunOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;

/**
 * What one scenario knows: the endpoint, the accounts it acts as (the acting one, a management account and its
 * members), the account groups it created by name, how the client talks (version, format, signature), what it must
 * put back afterwards, and the last answer. PicoContainer creates one per scenario and hands it to every step class.
 */
public final class ConformanceWorld {

    /** Every account group the suite creates carries this prefix, so that `sweep` can find leftovers. */
    public static final String NAME_PREFIX = "conformance-";
    private static final int SETUP_ATTEMPTS = 4;

    private final EndpointUnderTest endpoint = EndpointUnderTest.current();
    private final RunOptions options = RunOptions.current();
    private final Judge judge;
    private final SchemaCheck schemas;
    private Set<String> tags = Set.of();
    private final Map<Long, String> recorderTypesBefore = new HashMap<>();
    private TestAccount account;
    private TestAccount management;
    private final List<TestAccount> members = new ArrayList<>();
    private final Map<String, String> groupIds = new HashMap<>();
    private final Map<String, TestAccount> createdGroups = new java.util.LinkedHashMap<>();
    private final String scenarioId = java.util.UUID.randomUUID().toString().substring(0, 8);
    private String folderId;
    private ApiVersion version = ApiVersion.V2020_09_07;
    private ResponseFormat format = ResponseFormat.JSON;
    private SignatureVersion signature = SignatureVersion.V1;
    private Function<ConfigClient, ApiResponse> lastCall;
    private ApiResponse lastResponse;
    private Exchange lastExchange;
    private final List<String> requestIds = new ArrayList<>();

    public ConformanceWorld(Judge judge, SchemaCheck schemas) {
        this.judge = judge;
        this.schemas = schemas;
    }

    @Before(order = -5)
    public void readTags(Scenario scenario) {
        tags = Set.copyOf(scenario.getSourceTagNames());
    }

    public Set<String> tags() {
        return tags;
    }

    /**
     * The control API, for a scenario tagged with what it needs ({@code @needs-emulator-control},
     * {@code @needs-fault-injection}): against a real endpoint such a scenario is skipped up front, so an untagged use
     * is a defect of the feature and fails it, on the emulator too.
     */
    public EmulatorControl control(String neededTag) {
        if (!tags.contains(neededTag)) {
            throw new IllegalStateException("the scenario uses the emulator's control API without " + neededTag
                    + ": tag it, so that a run against a real endpoint skips it with the reason");
        }
        if (!endpoint.isEmulator()) {
            throw new TestAbortedException("needs the emulator's control API (" + neededTag + ")");
        }
        return endpoint.control();
    }

    public boolean onEmulator() {
        return endpoint.isEmulator();
    }

    public AccountSource accounts() {
        return endpoint.accounts();
    }

    public RunOptions options() {
        return options;
    }

    /** The name an account group of the scenario really gets. */
    public static String groupName(String name) {
        return name == null ? null : NAME_PREFIX + name;
    }

    /** Every account group the scenario created, whatever it is called now, with its owner: what cleanup deletes. */
    public Map<String, TestAccount> createdGroups() {
        return Map.copyOf(createdGroups);
    }

    /** A ClientToken of this scenario: the one the feature names, made unique to the scenario and the run. */
    public String clientToken(String token) {
        return token + "-" + scenarioId;
    }

    /** Keeps an account's resource types before the scenario first changes them, to put them back afterwards. */
    public void rememberRecorderTypes(long accountId, String types) {
        recorderTypesBefore.putIfAbsent(accountId, types);
    }

    public Map<Long, String> recorderTypesBefore() {
        return Map.copyOf(recorderTypesBefore);
    }

    public void actAs(TestAccount acting) {
        this.account = acting;
    }

    public TestAccount account() {
        if (account == null) {
            throw new IllegalStateException("the scenario has not said which account acts (a Given step is missing)");
        }
        return account;
    }

    public void setManagement(TestAccount value) {
        this.management = value;
    }

    public TestAccount management() {
        if (management == null) {
            throw new IllegalStateException("the scenario has no management account (a Given step is missing)");
        }
        return management;
    }

    public void addMember(TestAccount member) {
        members.add(member);
    }

    /** Member account n, counted from 1 in the order the scenario created them. */
    public TestAccount member(int n) {
        if (n < 1 || n > members.size()) {
            throw new IllegalStateException("the scenario has " + members.size() + " member accounts, not " + n);
        }
        return members.get(n - 1);
    }

    public List<TestAccount> members() {
        return List.copyOf(members);
    }

    public void setFolder(String value) {
        this.folderId = value;
    }

    public String folder() {
        if (folderId == null) {
            throw new IllegalStateException("the scenario has created no folder (a Given step is missing)");
        }
        return folderId;
    }

    public void rememberGroup(String name, String aggregatorId) {
        rememberGroup(management(), name, aggregatorId);
    }

    /** A group the scenario created as {@code owner}; a group created without a name is only deleted afterwards. */
    public void rememberGroup(TestAccount owner, String name, String aggregatorId) {
        if (name != null) {
            groupIds.put(name, aggregatorId);
        }
        createdGroups.putIfAbsent(aggregatorId, owner);
    }

    public String groupId(String name) {
        String id = groupIds.get(name);
        if (id == null) {
            throw new IllegalStateException("the scenario has created no account group named '" + name + "'");
        }
        return id;
    }

    public void useVersion(ApiVersion value) {
        this.version = value;
    }

    public ApiVersion version() {
        return version;
    }

    public void useFormat(ResponseFormat value) {
        this.format = value;
    }

    public void useSignature(SignatureVersion value) {
        this.signature = value;
    }

    /** A client for the acting account as the scenario has configured it. */
    public ConfigClient client() {
        return client(UnaryOperator.identity());
    }

    /** A client for the acting account with one deliberate change (wrong secret, stale clock, ...). */
    public ConfigClient client(UnaryOperator<ClientSettings> change) {
        return clientFor(account(), change);
    }

    public ConfigClient clientFor(TestAccount caller, UnaryOperator<ClientSettings> change) {
        ClientSettings settings = ClientSettings.defaults(endpoint.uri(), caller.credentials())
                .withVersion(version).withFormat(format).withSignature(signature)
                .withTimeouts(options.connectTimeout(), options.readTimeout());
        return new ConfigClient(change.apply(settings));
    }

    /** Makes a call as the acting account and keeps it, so that a later step can repeat it exactly. */
    public ApiResponse call(Function<ConfigClient, ApiResponse> call) {
        return call(client(), call);
    }

    public ApiResponse call(ConfigClient client, Function<ConfigClient, ApiResponse> call) {
        lastCall = call;
        return remember(client, call.apply(client));
    }

    /** The last call again, with the same parameters (a ClientToken replay, a second start). */
    public ApiResponse repeatLastCall() {
        if (lastCall == null) {
            throw new IllegalStateException("no call to repeat yet in this scenario");
        }
        return call(client(), lastCall);
    }

    /**
     * A setup call that must succeed: 2xx and within its schema, or the scenario stops saying why. Throttling and
     * ServiceUnavailable are retried with backoff, here only: never in the call a scenario judges.
     */
    public ApiResponse prepare(ConfigClient client, Function<ConfigClient, ApiResponse> call) {
        ApiResponse response = retrying(client, call);
        judge.that(() -> {
            schemas.assertIsAnApiAnswer(response);
            if (!response.isSuccess()) {
                fail("setup call " + response.describe() + " failed with HTTP " + response.status() + ": "
                        + response.body());
            }
            schemas.assertConformsToOperationSchema(response);
        });
        return response;
    }

    /** Fails, saying so, when the answer is no Cloud Config answer at all (empty, an HTML page). */
    public void requireApiAnswer(ApiResponse response) {
        judge.that(() -> schemas.assertIsAnApiAnswer(response));
    }

    /** A call with bounded retries on Throttling and ServiceUnavailable (setup and cleanup only). */
    public ApiResponse retrying(ConfigClient client, Function<ConfigClient, ApiResponse> call) {
        ApiResponse response = remember(client, call.apply(client));
        for (int attempt = 1; attempt < SETUP_ATTEMPTS && retryable(response); attempt++) {
            try {
                HttpStats.pause(500L << (attempt - 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
            response = remember(client, call.apply(client));
        }
        return response;
    }

    private static boolean retryable(ApiResponse response) {
        return response.status() == 503 || response.body().contains("\"Throttling")
                || response.body().contains("<Code>Throttling");
    }

    /** Keeps an answer (and its exchange, for the report) as the scenario's last response. */
    public ApiResponse remember(ConfigClient client, ApiResponse response) {
        this.lastResponse = response;
        this.lastExchange = client.lastExchange();
        requestIds.add(requestIdOf(response));
        return response;
    }

    /** Every answer carries a RequestId of its own: the last one must not repeat an earlier answer's. */
    public void assertFreshRequestId() {
        String last = requestIds.get(requestIds.size() - 1);
        if (!last.isEmpty() && requestIds.subList(0, requestIds.size() - 1).contains(last)) {
            throw new AssertionError(lastResponse.describe() + ": RequestId " + last
                    + " repeats the RequestId of an earlier answer in this scenario");
        }
    }

    private static String requestIdOf(ApiResponse response) {
        try {
            List<String> ids = io.configconformance.validation.ResponseFields.values(response.format(),
                    response.body(), "RequestId");
            return ids.isEmpty() ? "" : ids.get(0);
        } catch (IllegalArgumentException unreadable) {
            return "";
        }
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
