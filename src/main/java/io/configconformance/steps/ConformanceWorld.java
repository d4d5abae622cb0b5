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
import java.util.function.UnaryOperator;

/**
 * What one scenario knows: the endpoint, the acting account, how the client talks (version, format, signature) and
 * the last answer. PicoContainer creates one per scenario and hands it to every step class.
 */
public final class ConformanceWorld {

    private final EndpointUnderTest endpoint = EndpointUnderTest.current();
    private EmulatorAccount account;
    private ApiVersion version = ApiVersion.V2020_09_07;
    private ResponseFormat format = ResponseFormat.JSON;
    private SignatureVersion signature = SignatureVersion.V1;
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

    public void useVersion(ApiVersion value) {
        this.version = value;
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
        ClientSettings settings = ClientSettings.defaults(endpoint.uri(), account().credentials())
                .withVersion(version).withFormat(format).withSignature(signature);
        return new ConfigClient(change.apply(settings));
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
