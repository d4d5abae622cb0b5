package io.configconformance.emulator.server;

import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.Errors;
import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import wiremock.jakarta.servlet.AsyncContext;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Everything the emulator checks before a request reaches WireMock, which would otherwise answer a client's mistake
 * with a 500 and a stack trace, or read an unbounded body into memory before anyone has authenticated:
 * <ul>
 *   <li>a query string with a malformed percent-escape ({@code %ZZ}, a lone {@code %});</li>
 *   <li>a Content-Type charset the JVM does not know, a Content-Encoding other than gzip or identity;</li>
 *   <li>a body larger than {@link RequestLimits#maxBodyBytes()} as sent or once inflated, or one that does not arrive
 *       within {@link RequestLimits#bodyReadTimeout()}.</li>
 * </ul>
 * The line and headers are checked by {@link RequestHead}; the body is read by {@link BodyReader} without holding a
 * thread (servlet non-blocking I/O), so clients that send slowly do not keep others waiting; the request then goes on
 * with its body in memory, inflated, and without the headers that described the encoding, so WireMock neither parses
 * nor inflates it again.
 */
final class RequestGuard implements Filter {

    /** The body of every request without one: read-only, so one array serves them all. */
    private static final byte[] NO_BODY = new byte[0];

    private final RequestLimits limits;
    private final BodyBudget budget;
    private final ScheduledExecutorService timer;

    RequestGuard(RequestLimits limits, BodyBudget budget, ScheduledExecutorService timer) {
        this.limits = limits;
        this.budget = budget;
        this.timer = timer;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        boolean gzip;
        try {
            RequestHead.checkQuery(request.getQueryString());
            RequestHead.checkCharset(request.getHeader("Content-Type"));
            gzip = RequestHead.gzipped(request.getHeader("Content-Encoding"));
            if (request.getContentLengthLong() > limits.maxBodyBytes()) {
                throw Errors.requestTooLarge(limits.maxBodyBytes());
            }
        } catch (ApiError error) {
            EnvelopeWriter.write(request, response, error);
            return;
        }
        if (request.getContentLengthLong() == 0 || request.getContentLengthLong() < 0
                && request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(new BufferedRequest(request, NO_BODY), response);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        new BodyReader(limits, budget, timer, request, response, chain, async, gzip).start();
    }
}
