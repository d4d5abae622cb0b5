package io.configconformance.emulator.server;

import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.gateway.RenderedResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpField;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages replaced by the API's error envelope: a request Jetty cannot parse (a bad request line, header or
 * chunk, headers too large) and any error a servlet reports. A client's mistake keeps Jetty's 4xx status; a status of
 * 500 or more that Jetty gives a malformed message is answered as 400, since only the request was wrong. No HTML, no
 * stack trace.
 */
final class EnvelopeErrorHandler extends ErrorHandler {

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
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = response.getStatus();
        ApiError error = status >= 500 ? Errors.INTERNAL_ERROR
                : status == 404 ? Errors.malformedRequest(404, "nothing is served at this path")
                : Errors.malformedRequest(status < 400 ? 400 : status, String.valueOf(
                        request.getAttribute("jakarta.servlet.error.message")));
        EnvelopeWriter.write(request, response, error);
        baseRequest.setHandled(true);
    }
}
