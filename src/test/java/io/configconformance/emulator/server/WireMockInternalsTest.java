package io.configconformance.emulator.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Version;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import wiremock.org.eclipse.jetty.server.handler.HandlerCollection;

/**
 * What {@link GuardedJetty}, the one class below WireMock's public API, relies on, checked by name against the WireMock
 * on the class path: an upgrade that moves any of it (WireMock 4 runs Jetty 12) fails here with what to change, before
 * a protection silently goes. The rest of the emulator uses WireMock's published API and the servlet API only.
 */
class WireMockInternalsTest {

    private static final String JETTY = "wiremock.org.eclipse.jetty.";
    private static final String SERVLET = "wiremock.jakarta.servlet.";
    private static final String WIREMOCK = "com.github.tomakehurst.wiremock.";
    private static final String CHANGE = ": GuardedJetty (emulator/server) relies on it; rewrite it against this "
            + "WireMock's server, keeping every protection it lists (docs/DECISIONS.md, \"WireMock below its public API\")";

    /** A method GuardedJetty overrides or calls: declaring class, name, parameter types. */
    private record Hook(String owner, String name, String... parameters) {
    }

    private static final List<Hook> HOOKS = List.of(
            new Hook(WIREMOCK + "jetty11.Jetty11HttpServer", "applyAdditionalServerConfiguration",
                    JETTY + "server.Server", WIREMOCK + "core.Options"),
            new Hook(WIREMOCK + "jetty11.Jetty11HttpServer", "createHttpConnector", "java.lang.String", "int",
                    WIREMOCK + "common.JettySettings", JETTY + "io.NetworkTrafficListener"),
            new Hook(WIREMOCK + "jetty11.Jetty11HttpServer", "createHandler", WIREMOCK + "core.Options",
                    WIREMOCK + "http.AdminRequestHandler", WIREMOCK + "http.StubRequestHandler"),
            new Hook(WIREMOCK + "jetty11.Jetty11HttpServer", "decorateMockServiceContextBeforeConfig",
                    JETTY + "servlet.ServletContextHandler"),
            new Hook(WIREMOCK + "jetty11.Jetty11HttpServer", "decorateMockServiceContextAfterConfig",
                    JETTY + "servlet.ServletContextHandler"),
            new Hook(JETTY + "servlet.ServletContextHandler", "addFilter", JETTY + "servlet.FilterHolder",
                    "java.lang.String", "java.util.EnumSet"),
            new Hook(JETTY + "server.HttpConnectionFactory", "newConnection", JETTY + "server.Connector",
                    JETTY + "io.EndPoint"),
            new Hook(JETTY + "server.HttpConnection", "newHttpChannel"),
            new Hook(JETTY + "server.HttpChannelOverHttp", "onBadMessage", JETTY + "http.BadMessageException"),
            new Hook(JETTY + "server.handler.ErrorHandler", "badMessageError", "int", "java.lang.String",
                    JETTY + "http.HttpFields$Mutable"),
            new Hook(JETTY + "server.handler.ErrorHandler", "handle", "java.lang.String", JETTY + "server.Request",
                    SERVLET + "http.HttpServletRequest", SERVLET + "http.HttpServletResponse"),
            new Hook(JETTY + "server.handler.HandlerWrapper", "handle", "java.lang.String", JETTY + "server.Request",
                    SERVLET + "http.HttpServletRequest", SERVLET + "http.HttpServletResponse"),
            new Hook(JETTY + "server.handler.HandlerCollection", "removeHandler", JETTY + "server.Handler"),
            new Hook(JETTY + "servlet.ServletHandler", "setServletMappings", "[L" + JETTY + "servlet.ServletMapping;"));

    @Test
    void theWireMockOnTheClassPathIsTheOneGuardedJettyWasWrittenFor() throws Exception {
        assertTrue(Version.getCurrentVersion().startsWith("3."), "WireMock " + Version.getCurrentVersion()
                + " is not WireMock 3" + CHANGE);
        String jetty = (String) Class.forName(JETTY + "util.Jetty").getField("VERSION").get(null);
        assertTrue(jetty.startsWith("11."), "WireMock's Jetty is " + jetty + ", not Jetty 11" + CHANGE);
    }

    @Test
    void everyHookGuardedJettyUsesIsThereAndOverridable() {
        for (Hook hook : HOOKS) {
            try {
                Class<?>[] parameters = new Class<?>[hook.parameters().length];
                for (int i = 0; i < parameters.length; i++) {
                    parameters[i] = type(hook.parameters()[i]);
                }
                Method method = declared(Class.forName(hook.owner()), hook.name(), parameters);
                assertTrue(Modifier.isPublic(method.getModifiers()) || Modifier.isProtected(method.getModifiers()),
                        hook + " is no longer public or protected" + CHANGE);
                assertTrue(!Modifier.isFinal(method.getModifiers()), hook + " is now final" + CHANGE);
            } catch (ReflectiveOperationException e) {
                fail(hook.owner() + "." + hook.name() + Arrays.toString(hook.parameters()) + " is gone (" + e + ")"
                        + CHANGE);
            }
        }
    }

    @Test
    void aServerWithoutTheAdminContextWhereGuardedJettyLooksRefusesToStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> GuardedJetty.removeAdminContext(new HandlerCollection()));
        assertTrue(refused.getMessage().contains(GuardedJetty.ADMIN_CONTEXT), refused.getMessage());
    }

    @Test
    void withoutTheGuardedServerWireMockStillRefusesItsAdminApiThroughItsPublishedAuthenticator() throws Exception {
        WireMockServer plain = new WireMockServer(ServerOptions.lean("127.0.0.1", 0));
        plain.start();
        try {
            plain.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
            HttpClient client = HttpClient.newHttpClient();
            for (String path : List.of("/__admin/mappings", "/__admin/settings", "/__admin/requests")) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + plain.port() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(401, answer.statusCode(), path + " was answered " + answer.body());
            }
            assertEquals(0, plain.getStubMappings().size() - 1, "no stub was added or removed over HTTP");
        } finally {
            plain.stop();
        }
    }

    /** The method as the class has it, declared there or inherited (Jetty declares some on a superclass). */
    private static Method declared(Class<?> owner, String name, Class<?>[] parameters) throws NoSuchMethodException {
        for (Class<?> type = owner; type != null; type = type.getSuperclass()) {
            try {
                return type.getDeclaredMethod(name, parameters);
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        throw new NoSuchMethodException(owner.getName() + "." + name);
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return switch (name) {
            case "int" -> int.class;
            default -> Class.forName(name);
        };
    }
}
