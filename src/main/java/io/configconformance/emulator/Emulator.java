package io.configconformance.emulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.configconformance.emulator.control.ControlApiTransformer;
import io.configconformance.emulator.endpoint.ConfigApiTransformer;
import io.configconformance.emulator.operations.OperationTable;
import io.configconformance.emulator.server.GuardedJettyServerFactory;
import io.configconformance.emulator.server.ServerOptions;
import java.net.URI;
import java.time.Clock;

/**
 * The stateful Cloud Config emulator: a WireMock server whose two stubs hand every request to an extension, the
 * Cloud Config RPC endpoint at {@code /} and the control API under {@code /__emulator/}. The request journal is off
 * so that memory stays flat however many requests it serves.
 */
public final class Emulator implements AutoCloseable {

    private final WireMockServer server;
    private final EmulatorState state;

    public Emulator(EmulatorSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public Emulator(EmulatorSettings settings, Clock clock) {
        this.state = new EmulatorState(settings, clock);
        OperationTable operations = OperationTable.standard();
        this.server = new WireMockServer(ServerOptions.lean(settings.host(), settings.port())
                .httpServerFactory(new GuardedJettyServerFactory())
                .extensions(
                        new ConfigApiTransformer(state, operations),
                        new ControlApiTransformer(state, operations)));
    }

    public Emulator start() {
        server.start();
        server.stubFor(any(urlPathMatching(ControlApiTransformer.PREFIX + "/.*")).atPriority(1)
                .willReturn(aResponse().withTransformers(ControlApiTransformer.NAME)));
        server.stubFor(any(anyUrl()).atPriority(10)
                .willReturn(aResponse().withTransformers(ConfigApiTransformer.NAME)));
        return this;
    }

    public URI baseUri() {
        String host = server.getOptions().bindAddress();
        String literal = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : literal) + ":" + server.port());
    }

    public int port() {
        return server.port();
    }

    public EmulatorState state() {
        return state;
    }

    @Override
    public void close() {
        server.stop();
    }
}
