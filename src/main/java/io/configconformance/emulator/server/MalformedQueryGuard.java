package io.configconformance.emulator.server;

import io.configconformance.emulator.gateway.ApiRequest;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.gateway.RenderedResponse;
import io.configconformance.emulator.gateway.RequestIds;
import io.configconformance.emulator.gateway.ResponseRenderer;
import io.configconformance.protocol.ResponseFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a query string with a malformed percent-escape ({@code %ZZ}, a lone {@code %}) with 400 InvalidParameter in
 * the error envelope, before WireMock tries to decode it.
 */
final class MalformedQueryGuard implements Filter {

    private final ResponseRenderer renderer = new ResponseRenderer();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = ((HttpServletRequest) request).getQueryString();
        if (query == null || wellFormed(query)) {
            chain.doFilter(request, response);
            return;
        }
        String requestId = RequestIds.next();
        String host = request.getServerName() == null ? "config.emulator.local" : request.getServerName();
        RenderedResponse error = renderer.error(
                Errors.invalidParameter("query string", "it has a malformed percent-escape"),
                formatOf(query), requestId, host);
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(error.status());
        http.setContentType(error.contentType());
        http.setHeader("x-acs-request-id", requestId);
        http.getOutputStream().write(error.body().getBytes(StandardCharsets.UTF_8));
    }

    static boolean wellFormed(String query) {
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) == '%') {
                if (i + 2 >= query.length() || !isHex(query.charAt(i + 1)) || !isHex(query.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static ResponseFormat formatOf(String query) {
        return ApiRequest.lenientFormat("/?" + query);
    }
}
