package io.configconformance.emulator.server;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import wiremock.jakarta.servlet.DispatcherType;
import com.github.tomakehurst.wiremock.common.JettySettings;
import wiremock.org.eclipse.jetty.io.NetworkTrafficListener;
import wiremock.org.eclipse.jetty.server.Handler;
import wiremock.org.eclipse.jetty.server.HttpConnectionFactory;
import wiremock.org.eclipse.jetty.server.ServerConnector;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.server.handler.HandlerCollection;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;
import wiremock.org.eclipse.jetty.servlet.ServletHolder;
import wiremock.org.eclipse.jetty.servlet.ServletMapping;

/**
 * WireMock's Jetty server, made safe to run as a test dependency (docs/EMULATOR.md, "Security"):
 * <ul>
 *   <li>no WireMock admin API ({@code /__admin}: stubs, settings, files, shutdown) and no file serving
 *       ({@code /__files}): those paths reach the Cloud Config endpoint like any other;</li>
 *   <li>{@link RefusedRequestHandler} in front of everything, {@link RequestGuard} in front of the stub servlet;</li>
 *   <li>{@link EnvelopeErrorHandler} instead of Jetty's HTML error pages;</li>
 *   <li>{@link ClientFaultConnectionFactory} for HTTP/1.1, and Jetty's idle timeout and header size from
 *       {@link RequestLimits}.</li>
 * </ul>
 */
public final class GuardedJettyServerFactory implements HttpServerFactory {

    private static final String ADMIN_CONTEXT = "/__admin";

    private final RequestLimits limits;
    private final BodyBudget budget;

    public GuardedJettyServerFactory(RequestLimits limits) {
        this.limits = limits;
        this.budget = new BodyBudget(limits.bufferedBodyBytes());
    }

    /** Bytes of request bodies the server holds now: zero once every request has ended. */
    long bodyBytesHeld() {
        return budget.held();
    }

    @Override
    public String getName() {
        return "guarded-jetty";
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "emulator-body-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        return new Jetty11HttpServer(options, admin, stubs) {
            @Override
            protected void applyAdditionalServerConfiguration(Server server, Options options) {
                super.applyAdditionalServerConfiguration(server, options);
                server.setErrorHandler(new EnvelopeErrorHandler());
            }

            @Override
            protected ServerConnector createHttpConnector(String bindAddress, int port, JettySettings settings,
                                                          NetworkTrafficListener listener) {
                ServerConnector connector = super.createHttpConnector(bindAddress, port, settings, listener);
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                http.getHttpConfiguration().setRequestHeaderSize(limits.maxHeaderBytes());
                connector.removeConnectionFactory(http.getProtocol());
                connector.addFirstConnectionFactory(new ClientFaultConnectionFactory(http.getHttpConfiguration()));
                connector.setDefaultProtocol(http.getProtocol());
                connector.setIdleTimeout(limits.idleTimeout().toMillis());
                return connector;
            }

            @Override
            protected Handler createHandler(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
                Handler handler = super.createHandler(options, admin, stubs);
                if (handler instanceof HandlerCollection collection) {
                    for (Handler child : collection.getHandlers()) {
                        if (child instanceof ServletContextHandler context
                                && ADMIN_CONTEXT.equals(context.getContextPath())) {
                            collection.removeHandler(child);
                        }
                    }
                }
                RefusedRequestHandler front = new RefusedRequestHandler();
                front.setHandler(handler);
                return front;
            }

            @Override
            protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
                FilterHolder guard = new FilterHolder(new RequestGuard(limits, budget, timer));
                guard.setAsyncSupported(true);
                context.addFilter(guard, "/*", EnumSet.of(DispatcherType.REQUEST));
                context.setErrorHandler(new EnvelopeErrorHandler());
            }

            @Override
            protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
                for (ServletHolder holder : context.getServletHandler().getServlets()) {
                    holder.setAsyncSupported(true);
                }
                ServletMapping[] mappings = context.getServletHandler().getServletMappings();
                context.getServletHandler().setServletMappings(Arrays.stream(mappings)
                        .filter(mapping -> Arrays.stream(mapping.getPathSpecs()).noneMatch(
                                spec -> spec.startsWith("/__files")))
                        .toArray(ServletMapping[]::new));
            }

            @Override
            public void stop() {
                timer.shutdownNow();
                super.stop();
            }
        };
    }
}
