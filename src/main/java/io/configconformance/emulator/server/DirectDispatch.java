package io.configconformance.emulator.server;

import io.configconformance.emulator.gateway.RenderedResponse;
import io.configconformance.emulator.gateway.TimedResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Hands a request that passed {@link RequestGuard} straight to a {@link DirectEndpoint} when it is the endpoint's,
 * instead of letting WireMock build its copy of the request (which parses every query parameter, trying each as a
 * date), a serve event, and match it against the stubs first, only to call the same endpoint through its
 * transformer. That work was most of the cost of a signed call (BENCHMARKS.md, "Throughput ahead of a plain stub").
 * Requests under {@link DirectEndpoint#passedOn()} go on to WireMock. The answer is written as WireMock would write
 * the transformer's: status, Content-Type, x-acs-request-id and the body, after the answer's delay, which waits on
 * the serving thread as WireMock's own delays do here ({@link ServerOptions}).
 */
final class DirectDispatch implements Filter {

    private final DirectEndpoint endpoint;

    DirectDispatch(DirectEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The filters in front of WireMock's stub servlet, in order: the guard, then the direct endpoint if any. */
    static List<Filter> front(RequestGuard guard, DirectEndpoint endpoint) {
        return endpoint == null ? List.of(guard) : List.of(guard, new DirectDispatch(endpoint));
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        String path = request.getRequestURI();
        if (!(request instanceof BufferedRequest buffered) || path == null || path.startsWith(endpoint.passedOn())
                || path.indexOf('%') >= 0) { // an escaped path is left to WireMock's matching, whatever it decodes
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        String query = request.getQueryString();
        String url = query == null || query.isEmpty() ? path : path + "?" + query;
        TimedResponse answer = endpoint.answer(request.getMethod(), url, request::getHeader, buffered.body());
        waitFor(answer);
        write(answer.response(), (HttpServletResponse) servletResponse);
    }

    private static void waitFor(TimedResponse answer) {
        long millis = answer.delay().toMillis();
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping: answer now rather than never
        }
    }

    private static void write(RenderedResponse rendered, HttpServletResponse response) throws IOException {
        byte[] body = rendered.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(rendered.status());
        response.setContentType(rendered.contentType());
        response.setHeader("x-acs-request-id", rendered.requestId());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
