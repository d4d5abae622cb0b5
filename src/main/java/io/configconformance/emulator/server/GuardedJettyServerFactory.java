package io.configconformance.emulator.server;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.util.EnumSet;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty server with {@link MalformedQueryGuard} in front of the stub handler: WireMock decodes the query
 * string before any extension runs and answers a malformed escape with a 500 and a stack trace, which the emulator
 * must never do.
 */
public final class GuardedJettyServerFactory implements HttpServerFactory {

    @Override
    public String getName() {
        return "guarded-jetty";
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        return new Jetty11HttpServer(options, admin, stubs) {
            @Override
            protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
                context.addFilter(new FilterHolder(new MalformedQueryGuard()), "/*",
                        EnumSet.of(DispatcherType.REQUEST));
            }
        };
    }
}
