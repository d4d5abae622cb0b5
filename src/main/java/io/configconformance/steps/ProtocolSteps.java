package io.configconformance.steps;

import io.configconformance.client.ConfigClient;
import io.configconformance.client.SignatureVersion;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * How the client speaks (API version, format, signature) and the deliberately wrong requests that authentication
 * must refuse (PROTOCOL.md: wrong secret, unknown key, replayed nonce, stale timestamp, missing common parameter).
 * Reading the recorder (GetConfigurationRecorder, or DescribeConfigurationRecorder in 2019-01-08) is the vehicle: it
 * takes no parameters and changes nothing, so only the protocol can make it fail, and it is safe on a real account.
 */
public final class ProtocolSteps {

    private final ConformanceWorld world;
    private final Clients clients;
    private final Calls calls;

    public ProtocolSteps(ConformanceWorld world, Clients clients, Calls calls) {
        this.world = world;
        this.clients = clients;
        this.calls = calls;
    }

    @Given("the client uses API version {apiVersion}")
    public void theClientUsesApiVersion(ApiVersion version) {
        world.useVersion(version);
    }

    @Given("responses are requested in {format}")
    public void responsesAreRequestedIn(ResponseFormat format) {
        world.useFormat(format);
    }

    @Given("requests are signed with signature {signature}")
    public void requestsAreSignedWith(SignatureVersion signature) {
        world.useSignature(signature);
    }

    @Given("the client uses API version {apiVersion}, {format} responses and signature {signature}")
    public void theClientUses(ApiVersion version, ResponseFormat format, SignatureVersion signature) {
        world.useVersion(version);
        world.useFormat(format);
        world.useSignature(signature);
    }

    @When("the account reads its configuration recorder signing with a wrong AccessKeySecret")
    public void signsWithAWrongSecret() {
        ConfigClient client = clients.acting(s -> s.withCredentials(
                s.credentials().withSecret(s.credentials().accessKeySecret() + "-wrong")));
        calls.call(client, RecorderSteps::read);
    }

    @When("a caller with an unknown AccessKeyId reads a configuration recorder")
    public void anUnknownAccessKeyId() {
        ConfigClient client = clients.acting(s -> s.withCredentials(
                s.credentials().withAccessKeyId("LTAIunknown" + UUID.randomUUID().toString().replace("-", ""))));
        calls.call(client, RecorderSteps::read);
    }

    @When("the account sends a request dated {int} minutes ago")
    public void aRequestDatedMinutesAgo(int minutes) {
        Clock past = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-minutes));
        ConfigClient client = clients.acting(s -> s.withClock(past));
        calls.call(client, RecorderSteps::read);
    }

    @When("the account sends two requests with the same signature nonce")
    public void twoRequestsWithTheSameNonce() {
        String nonce = UUID.randomUUID().toString();
        ConfigClient client = clients.acting(s -> s.withNonceSource(() -> nonce));
        calls.setup(client, RecorderSteps::read);
        calls.call(client, RecorderSteps::read);
    }

    @When("the account sends a request without the common parameter {word}")
    public void aRequestWithout(String parameter) {
        ConfigClient client = clients.acting(s -> s.omitting(parameter));
        calls.call(client, RecorderSteps::read);
    }
}
