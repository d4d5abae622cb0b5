package io.configconformance.emulator.server;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;

/**
 * WireMock's server made safe to run as a test dependency (docs/EMULATOR.md, "Security"), given to WireMock through its
 * published extension point ({@code options().httpServerFactory(...)}): no admin API, no file serving, the request
 * guard in front of the stubs, the API's envelope for every refusal. How is {@link GuardedJetty}'s job, the one class
 * that reaches below WireMock's public API.
 */
public final class GuardedJettyServerFactory implements HttpServerFactory {

    private final RequestLimits limits;
    private final BodyBudget budget;
    private final DirectEndpoint direct;

    /** A server whose every request that passes the guard is WireMock's to answer (the replay server). */
    public GuardedJettyServerFactory(RequestLimits limits) {
        this(limits, null);
    }

    /**
     * A server that answers {@code direct}'s requests itself once they pass the guard, before WireMock builds its copy
     * of them and matches them against stubs; the others go on to WireMock (the emulator: its control API).
     */
    public GuardedJettyServerFactory(RequestLimits limits, DirectEndpoint direct) {
        this.limits = limits;
        this.budget = new BodyBudget(limits.bufferedBodyBytes());
        this.direct = direct;
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
        return GuardedJetty.server(options, admin, stubs, limits, budget, direct);
    }
}
