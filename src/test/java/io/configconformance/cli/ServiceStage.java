package io.configconformance.cli;


import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.suite.ChangingProxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A stand-in for a real Cloud Config service: an emulator behind a WireMock proxy that hides the control API (404 HTML
 * page under /__emulator/) and may change the API's answers, with a role file holding an account of every role. The
 * suite can only verify it as a real endpoint. Its recorder deployments and group creations take {@link #QUICK} unless
 * a test needs them to take a real service's time ({@link #REAL_PACE}).
 */
final class ServiceStage implements AutoCloseable {

    /**
     * A real service's pace: the emulator's default 1.5 s for a recorder deployment and for a group's creation, long
     * enough for a test to act while a group exists or a deployment is under way.
     */
    static final Duration REAL_PACE = EmulatorSettings.DEFAULT_TRANSITION;
    /**
     * A quick service: a run against it still meets every group being created and every recorder deploying, and
     * still waits for them by polling, as against a real service, but no test whose claim is not about that time
     * waits 1.5 s at each.
     */
    static final Duration QUICK = Duration.ofMillis(200);

    private final Emulator emulator;
    private final WireMockServer proxy;
    private final List<String> secrets = new ArrayList<>();
    private final Path roles;
    private TestAccount management;
    private final List<TestAccount> accounts = new ArrayList<>();

    ServiceStage(String name, BiFunction<Request, Response, Response> change) throws IOException {
        this(name, QUICK, change);
    }

    /** A stage whose deployments and creations take {@code work}. */
    ServiceStage(String name, Duration work, BiFunction<Request, Response, Response> change) throws IOException {
        this(name, EmulatorSettings.loopback(0), work, change);
    }

    /** A stage whose emulator starts with these settings (a rate limit, a latency: a service under quota, far away). */
    ServiceStage(String name, EmulatorSettings settings, Duration work,
                 BiFunction<Request, Response, Response> change) throws IOException {
        emulator = new Emulator(settings.withRecorderTransition(work)).start();
        proxy = ChangingProxy.start(emulator.baseUri(), change, false);
        // The stage's own setup, not what a test judges: generous, since the integration tests run side by side and
        // the first calls to a fresh emulator wait for a loaded machine's JIT.
        EmulatorControl control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(60));
        control.setTimings(work, work);
        roles = writeRoleFile(name, control);
    }

    String endpoint() {
        return "http://127.0.0.1:" + proxy.port();
    }

    Path roles() {
        return roles;
    }

    /** A client of the management account that talks to the emulator itself, past the proxy and its changes. */
    ConfigClient managementBehindTheProxy() {
        return new ConfigClient(ClientSettings.defaults(emulator.baseUri(), management.credentials())
                .withVersion(ApiVersion.V2020_09_07));
    }

    /**
     * From now on the proxy answers {@code action} itself, never passing it on: what a service does that refuses it
     * (and so has not carried it out). The returned stub is given to {@link #passOn} to end that.
     */
    StubMapping answerItself(String action, int status, String body) {
        return proxy.stubFor(WireMock.any(WireMock.anyUrl()).withQueryParam("Action", WireMock.equalTo(action))
                .atPriority(5).willReturn(WireMock.aResponse().withStatus(status)
                        .withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** The proxy passes the stub's action on again. */
    void passOn(StubMapping stub) {
        proxy.removeStub(stub);
    }

    /** The emulator behind the proxy, whose state a test reads directly (the run cannot: the proxy hides it). */
    Emulator emulator() {
        return emulator;
    }

    /** The last member account of the role file: one no scenario groups unless it asks for all of them. */
    TestAccount lastMember() {
        return accounts.stream().filter(a -> a.role().equals("member")).reduce((a, b) -> b).orElseThrow();
    }

    /** The account of the role file with this role (the first, for members). */
    TestAccount account(String role) {
        return accounts.stream().filter(a -> a.role().equals(role)).findFirst().orElseThrow();
    }

    /** The AccessKeySecrets of every account in the role file. */
    List<String> secrets() {
        return List.copyOf(secrets);
    }

    private Path writeRoleFile(String name, EmulatorControl control) throws IOException {
        TestAccount individual = control.createAccount("individual");
        management = control.createAccount("management");
        TestAccount unauthorized = control.createAccount("unauthorized");
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            members.add(entry(control.createMember(management.accountId())));
        }
        Path file = Files.createDirectories(Path.of("target", "it-credentials")).resolve(name + "-roles.json");
        Files.writeString(file, "{\"individual\":" + entry(individual) + ",\"management\":" + entry(management)
                + ",\"unauthorized\":" + entry(unauthorized) + ",\"members\":[" + String.join(",", members) + "]}");
        return file;
    }

    private String entry(TestAccount account) {
        accounts.add(account);
        secrets.add(account.credentials().accessKeySecret());
        return "{\"AccountId\":" + account.accountId() + ",\"AccessKeyId\":\"" + account.credentials().accessKeyId()
                + "\",\"AccessKeySecret\":\"" + account.credentials().accessKeySecret() + "\"}";
    }

    @Override
    public void close() {
        proxy.stop();
        emulator.close();
    }
}
