package io.configconformance.emulator.server;

import io.configconformance.emulator.gateway.Errors;
import java.io.IOException;
import java.util.Set;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * In front of every other handler: the requests the emulator refuses whatever their path. CONNECT and TRACE are not
 * methods of the API (CONNECT would otherwise be answered 200, as by a proxy); a request target that is not a path
 * ({@code OPTIONS *}, an absolute form) cannot be an API call.
 */
final class RefusedRequestHandler extends HandlerWrapper {

    private static final Set<String> REFUSED_METHODS = Set.of("CONNECT", "TRACE");

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, wiremock.jakarta.servlet.ServletException {
        String method = request.getMethod();
        if (REFUSED_METHODS.contains(method)) {
            EnvelopeWriter.write(request, response, Errors.methodNotAllowed(method));
            baseRequest.setHandled(true);
            return;
        }
        if (target == null || !target.startsWith("/")) {
            EnvelopeWriter.write(request, response, Errors.malformedRequest(400, "the request target is not a path"));
            baseRequest.setHandled(true);
            return;
        }
        super.handle(target, baseRequest, request, response);
    }
}
