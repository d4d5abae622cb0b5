package io.configconformance.steps;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorAccount;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.Exchange;
import io.configconformance.client.SignatureVersion;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.suite.EndpointUnderTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What one scenario knows: the endpoint, the accounts it created (the acting one, a management account and its
 * members), the account groups it created by name, how the client talks (version, format, signature) and the last
 * answer. PicoContainer creates one per scenario and hands it to every step class.
 */
public final class ConformanceWorld {

    private final EndpointUnderTest endpoint = EndpointUnderTest.current();
    private final SchemaCheck schemas = new SchemaCheck();
    private EmulatorAccount account;
    private EmulatorAccount management;
    private final List<EmulatorAccount> members = new ArrayList<>();
    private final Map<String, String> groupIds = new HashMap<>();
    private String folderId;
    private ApiVersion version = ApiVersion.V2020_09_07;
    private ResponseFormat format = ResponseFormat.JSON;
    private SignatureVersion signature = SignatureVersion.V1;
    private Function<ConfigClient, ApiResponse> lastCall;
    private ApiResponse lastResponse;
    private Exchange lastExchange;

    public EmulatorControl control() {
        return endpoint.control();
    }

    public void actAs(EmulatorAccount acting) {
        this.account = acting;
    }

    public EmulatorAccount account() {
        if (account == null) {
            throw new IllegalStateException("the scenario has not said which account acts (a Given step is missing)");
        }
        return account;
    }

    public void setManagement(EmulatorAccount value) {
        this.management = value;
    }

    public EmulatorAccount management() {
        if (management == null) {
            throw new IllegalStateException("the scenario has no management account (a Given step is missing)");
        }
        return management;
    }

    public void addMember(EmulatorAccount member) {
        members.add(member);
    }

    /** Member account n, counted from 1 in the order the scenario created them. */
    public EmulatorAccount member(int n) {
        if (n < 1 || n > members.size()) {
            throw new IllegalStateException("the scenario has " + members.size() + " member accounts, not " + n);
        }
        return members.get(n - 1);
    }

    public List<EmulatorAccount> members() {
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
        groupIds.put(name, aggregatorId);
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

    public ConfigClient clientFor(EmulatorAccount caller, UnaryOperator<ClientSettings> change) {
        ClientSettings settings = ClientSettings.defaults(endpoint.uri(), caller.credentials())
                .withVersion(version).withFormat(format).withSignature(signature);
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

    /** A setup call that must succeed: 2xx and within its schema, or the scenario stops saying why. */
    public ApiResponse prepare(ConfigClient client, Function<ConfigClient, ApiResponse> call) {
        ApiResponse response = remember(client, call.apply(client));
        if (!response.isSuccess()) {
            throw new IllegalStateException("setup call " + response.describe() + " failed with HTTP "
                    + response.status() + ": " + response.body());
        }
        schemas.assertConformsToOperationSchema(response);
        return response;
    }

    /** Keeps an answer (and its exchange, for the report) as the scenario's last response. */
    public ApiResponse remember(ConfigClient client, ApiResponse response) {
        this.lastResponse = response;
        this.lastExchange = client.lastExchange();
        return response;
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
