package io.configconformance.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * One set of guards for every route: a real endpoint (no emulator control API) is verified only by {@code
 * config-conformance.jar run}, whose guards it needs; the Maven route refuses it before any scenario sends a request,
 * and an endpoint that does not answer is an error on every route, never "a real endpoint" with every scenario
 * skipped.
 */
// Puts back the JVM's system properties after each test: no other class may set one in between.
@ResourceLock(Resources.SYSTEM_PROPERTIES)
class MavenRouteGuardTest {

    private Properties before;
    private HttpServer service;
    private final AtomicInteger apiRequests = new AtomicInteger();

    @BeforeEach
    void aServiceWithoutControlApi() throws IOException {
        before = (Properties) System.getProperties().clone();
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/", exchange -> {
            if (!exchange.getRequestURI().getPath().startsWith("/__emulator/")) {
                apiRequests.incrementAndGet();
            }
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        service.start();
    }

    @AfterEach
    void stop() {
        service.stop(0);
        System.setProperties(before);
    }

    private String url() {
        return "http://127.0.0.1:" + service.getAddress().getPort();
    }

    @Test
    void theMavenRouteRefusesARealEndpointAndNamesTheCommandThatVerifiesIt() {
        RunContext mavenRoute = RunContext.of(url(), RunOptions.current(), false);
        EndpointUnderTest.EndpointRefused refused = assertThrows(EndpointUnderTest.EndpointRefused.class,
                mavenRoute::endpoint);
        assertTrue(refused.getMessage().contains("only `java -jar target/config-conformance.jar run --endpoint "
                + url() + "` verifies"), refused.getMessage());
        assertThrows(EndpointUnderTest.EndpointRefused.class, mavenRoute::endpoint, "every scenario is refused");
        assertEquals(0, apiRequests.get(), "nothing but the probe reached the endpoint");
    }

    @Test
    void theScenariosOfTheMavenRouteFailWithTheReasonAgainstARealEndpoint() {
        List<InProcessSuite.Outcome> outcomes = InProcessSuite.run(url(), "@CreateAggregator and @v2020-09-07"
                + " and @InvalidParameter", "target/maven-route-reports", Map.of());
        assertFalse(outcomes.isEmpty());
        for (InProcessSuite.Outcome outcome : outcomes) {
            assertFalse(outcome.passed(), outcome.toString());
            assertTrue(outcome.message().contains("config-conformance.jar run --endpoint"), outcome.toString());
        }
        assertEquals(0, apiRequests.get(), "no scenario sent a request");
    }

    @Test
    void theJarsRunVerifiesTheSameEndpointAsReal() {
        System.clearProperty(RunOptions.CREDENTIALS);
        assertFalse(RunContext.of(url(), RunOptions.current(), true).endpoint().isEmulator());
    }

    @Test
    void anEndpointThatDoesNotAnswerIsAnErrorOnEveryRoute() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        for (boolean guarded : new boolean[] {false, true}) {
            RunContext run = RunContext.of("http://127.0.0.1:" + closed, RunOptions.current(), guarded);
            EndpointUnderTest.EndpointRefused refused = assertThrows(EndpointUnderTest.EndpointRefused.class,
                    run::endpoint, "guarded run: " + guarded);
            assertTrue(refused.getMessage().contains("cannot reach") && refused.getMessage().contains("never taken"
                    + " for a real one"), refused.getMessage());
        }
    }
}
