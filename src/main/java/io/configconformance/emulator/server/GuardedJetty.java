package io.configconformance.emulator.server;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.gateway.RenderedResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.BadMessageException;
import wiremock.org.eclipse.jetty.http.HttpField;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.io.Connection;
import wiremock.org.eclipse.jetty.io.EndPoint;
import wiremock.org.eclipse.jetty.io.NetworkTrafficListener;
import wiremock.org.eclipse.jetty.server.Connector;
import wiremock.org.eclipse.jetty.server.Handler;
import wiremock.org.eclipse.jetty.server.HttpChannelOverHttp;
import wiremock.org.eclipse.jetty.server.HttpConfiguration;
import wiremock.org.eclipse.jetty.server.HttpConnection;
import wiremock.org.eclipse.jetty.server.HttpConnectionFactory;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.server.ServerConnector;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;
import wiremock.org.eclipse.jetty.server.handler.HandlerCollection;
import wiremock.org.eclipse.jetty.server.handler.HandlerWrapper;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;
import wiremock.org.eclipse.jetty.servlet.ServletHolder;
import wiremock.org.eclipse.jetty.servlet.ServletMapping;

/**
 * The one place the emulator reaches below WireMock's public API, into its Jetty 11 server ({@link Jetty11HttpServer}'s
 * protected hooks) and the Jetty classes the standalone jar shades under {@code wiremock.org.eclipse.jetty}
 * (docs/DECISIONS.md, "WireMock below its public API"). WireMock's options cannot do any of this:
 * <ul>
 *   <li>remove the admin API ({@code /__admin}) and file serving ({@code /__files}), so those paths reach the Cloud
 *       Config endpoint like any other (the admin authenticator of {@link ServerOptions} refuses it as well);</li>
 *   <li>put {@link RequestGuard} in front of the stub servlet, then {@link DirectDispatch} when the server has a
 *       {@link DirectEndpoint} (the emulator's RPC endpoint, answered before WireMock's stub matching), refuse CONNECT, TRACE and targets that are not paths in
 *       front of everything, and answer Jetty's own errors with the API's envelope instead of HTML pages;</li>
 *   <li>answer a malformed request 400 where Jetty says 505 or 501, and take the header size and idle timeout from
 *       {@link RequestLimits}.</li>
 * </ul>
 * A WireMock upgrade that changes what this class relies on fails {@code WireMockInternalsTest}, which names it; a
 * server whose admin context or file mapping is not where this class looks for it refuses to start.
 */
final class GuardedJetty {

    static final String ADMIN_CONTEXT = "/__admin";
    static final String FILES_PATH = "/__files";

    private GuardedJetty() {
    }

    static HttpServer server(Options options, AdminRequestHandler admin, StubRequestHandler stubs,
                             RequestLimits limits, BodyBudget budget, DirectEndpoint direct) {
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
                removeAdminContext(handler);
                RefusedRequestHandler front = new RefusedRequestHandler();
                front.setHandler(handler);
                return front;
            }

            @Override
            protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
                for (Filter filter : DirectDispatch.front(new RequestGuard(limits, budget, timer), direct)) {
                    FilterHolder holder = new FilterHolder(filter);
                    holder.setAsyncSupported(true);
                    context.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST));
                }
                context.setErrorHandler(new EnvelopeErrorHandler());
            }

            @Override
            protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
                for (ServletHolder holder : context.getServletHandler().getServlets()) {
                    holder.setAsyncSupported(true);
                }
                ServletMapping[] mappings = context.getServletHandler().getServletMappings();
                ServletMapping[] kept = Arrays.stream(mappings).filter(mapping -> Arrays.stream(
                        mapping.getPathSpecs()).noneMatch(spec -> spec.startsWith(FILES_PATH)))
                        .toArray(ServletMapping[]::new);
                if (kept.length == mappings.length) {
                    throw new IllegalStateException("WireMock's file serving (" + FILES_PATH + ") was not found, so "
                            + "it cannot be removed: this WireMock does not map it as GuardedJetty expects");
                }
                context.getServletHandler().setServletMappings(kept);
            }

            @Override
            public void stop() {
                timer.shutdownNow();
                super.stop();
            }
        };
    }

    static void removeAdminContext(Handler handler) {
        boolean removed = false;
        if (handler instanceof HandlerCollection collection && collection.getHandlers() != null) {
            for (Handler child : collection.getHandlers()) {
                if (child instanceof ServletContextHandler context && ADMIN_CONTEXT.equals(context.getContextPath())) {
                    collection.removeHandler(child);
                    removed = true;
                }
            }
        }
        if (!removed) {
            throw new IllegalStateException("WireMock's admin context " + ADMIN_CONTEXT + " was not found, so it "
                    + "cannot be removed: this WireMock does not build its server as GuardedJetty expects");
        }
    }

    /**
     * HTTP/1.1 connections whose unparseable requests are a client's fault: Jetty answers some of them with a 5xx (505
     * for an unknown HTTP version, 501 for an unknown transfer coding), which would read as the emulator failing. They
     * are answered 400, with the envelope {@link EnvelopeErrorHandler} writes.
     */
    static final class ClientFaultConnectionFactory extends HttpConnectionFactory {

        ClientFaultConnectionFactory(HttpConfiguration configuration) {
            super(configuration);
        }

        @Override
        public Connection newConnection(Connector connector, EndPoint endPoint) {
            HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint,
                    isRecordHttpComplianceViolations()) {
                @Override
                protected HttpChannelOverHttp newHttpChannel() {
                    return new HttpChannelOverHttp(this, getConnector(), getHttpConfiguration(), getEndPoint(), this) {
                        @Override
                        public void onBadMessage(BadMessageException failure) {
                            super.onBadMessage(failure.getCode() < 500 ? failure
                                    : new BadMessageException(400, failure.getReason(), failure));
                        }
                    };
                }
            };
            connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
            connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
            return configure(connection, connector, endPoint);
        }
    }

    /**
     * In front of every other handler: the requests the emulator refuses whatever their path. CONNECT and TRACE are not
     * methods of the API (CONNECT would otherwise be answered 200, as by a proxy); a request target that is not a path
     * ({@code OPTIONS *}, an absolute form) cannot be an API call.
     */
    static final class RefusedRequestHandler extends HandlerWrapper {

        private static final Set<String> REFUSED_METHODS = Set.of("CONNECT", "TRACE");

        @Override
        public void handle(String target, Request baseRequest, HttpServletRequest request,
                           HttpServletResponse response) throws IOException, wiremock.jakarta.servlet.ServletException {
            String method = request.getMethod();
            if (REFUSED_METHODS.contains(method)) {
                refuse(baseRequest, request, response, Errors.methodNotAllowed(method));
            } else if (target == null || !target.startsWith("/")) {
                refuse(baseRequest, request, response, Errors.malformedRequest(400, "the request target is not a path"));
            } else {
                super.handle(target, baseRequest, request, response);
            }
        }

        private static void refuse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                   ApiError error) throws IOException {
            EnvelopeWriter.write(request, response, error);
            baseRequest.setHandled(true);
        }
    }

    /**
     * Jetty's error pages replaced by the API's error envelope: a request Jetty cannot parse (a bad request line,
     * header or chunk, headers too large) and any error a servlet reports. A client's mistake keeps Jetty's 4xx status;
     * a status of 500 or more that Jetty gives a malformed message is answered as 400, since only the request was
     * wrong. No HTML, no stack trace.
     */
    static final class EnvelopeErrorHandler extends ErrorHandler {

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            int clientStatus = status >= 400 && status < 500 ? status : 400;
            RenderedResponse rendered = EnvelopeWriter.render(
                    Errors.malformedRequest(clientStatus, reason == null ? "status " + status : reason), null, null);
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, rendered.contentType()));
            fields.put("x-acs-request-id", rendered.requestId());
            return ByteBuffer.wrap(rendered.body().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void handle(String target, Request baseRequest, HttpServletRequest request,
                           HttpServletResponse response) throws IOException {
            int status = response.getStatus();
            ApiError error = status >= 500 ? Errors.INTERNAL_ERROR
                    : status == 404 ? Errors.malformedRequest(404, "nothing is served at this path")
                    : Errors.malformedRequest(status < 400 ? 400 : status, String.valueOf(
                            request.getAttribute("jakarta.servlet.error.message")));
            EnvelopeWriter.write(request, response, error);
            baseRequest.setHandled(true);
        }
    }
}
