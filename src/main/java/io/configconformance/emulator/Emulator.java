package io.configconformance.emulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.configconformance.emulator.control.ControlApiTransformer;
import io.configconformance.emulator.endpoint.ConfigApiTransformer;
import io.configconformance.emulator.operations.OperationTable;
import io.configconformance.emulator.gateway.TimedResponse;
import io.configconformance.emulator.server.DirectEndpoint;
import io.configconformance.emulator.server.GuardedJettyServerFactory;
import io.configconformance.emulator.server.RequestLimits;
import io.configconformance.emulator.server.ServerOptions;
import io.configconformance.emulator.server.StubIdHeaderRemover;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.time.Clock;

/**
 * The stateful Cloud Config emulator: a WireMock server whose two stubs hand every request to an extension, the
 * Cloud Config RPC endpoint at {@code /} and the control API under {@code /__emulator/}. The request journal is off
 * so that memory stays flat however many requests it serves.
 */
public final class Emulator implements AutoCloseable {

    private final WireMockServer server;
    private final EmulatorState state;
    private final String controlToken;

    public Emulator(EmulatorSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public Emulator(EmulatorSettings settings, Clock clock) {
        this.state = new EmulatorState(settings, clock);
        this.controlToken = settings.controlToken() != null ? settings.controlToken()
                : isLoopback(settings.host()) ? null : newToken();
        OperationTable operations = OperationTable.standard();
        ConfigApiTransformer configApi = new ConfigApiTransformer(state, operations);
        this.server = new WireMockServer(ServerOptions.lean(settings.host(), settings.port())
                .httpServerFactory(new GuardedJettyServerFactory(RequestLimits.STANDARD, direct(configApi)))
                .extensions(
                        configApi,
                        new ControlApiTransformer(state, operations, settings.host(), controlToken),
                        new StubIdHeaderRemover()));
    }

    /**
     * The RPC endpoint answered by the server itself, before WireMock's stub matching; the control API's requests go
     * on to its stub. The RPC stub stays, so that a request the server leaves to WireMock is answered the same.
     */
    private static DirectEndpoint direct(ConfigApiTransformer configApi) {
        return new DirectEndpoint() {
            @Override
            public String passedOn() {
                return ControlApiTransformer.PREFIX + "/";
            }

            @Override
            public TimedResponse answer(String method, String url, UnaryOperator<String> headers, byte[] body) {
                return configApi.answer(method, url, headers, body);
            }
        };
    }

    /** The token the control API requires (docs/EMULATOR.md, "Security"), or empty when it requires none. */
    public Optional<String> controlToken() {
        return Optional.ofNullable(controlToken);
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
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
