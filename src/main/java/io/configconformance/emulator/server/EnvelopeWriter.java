package io.configconformance.emulator.server;

import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.ApiRequest;
import io.configconformance.emulator.gateway.RenderedResponse;
import io.configconformance.emulator.gateway.RequestIds;
import io.configconformance.emulator.gateway.ResponseRenderer;
import io.configconformance.protocol.ResponseFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Writes the API's error envelope for a request refused below the API: by the server's guards or by Jetty itself.
 * The format is the one the raw query asks for, else JSON; the connection is closed, since the rest of what the
 * client sends may not be readable.
 */
final class EnvelopeWriter {

    private static final ResponseRenderer RENDERER = new ResponseRenderer();

    private EnvelopeWriter() {
    }

    static RenderedResponse render(ApiError error, String rawQuery, String hostHeader) {
        String requestId = RequestIds.next();
        ResponseFormat format = rawQuery == null ? ResponseFormat.JSON : ApiRequest.lenientFormat("/?" + rawQuery);
        return RENDERER.error(error, format, requestId, ApiRequest.hostId(hostHeader));
    }

    static void write(HttpServletRequest request, HttpServletResponse response, ApiError error) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        RenderedResponse rendered = render(error, request.getQueryString(), request.getHeader("Host"));
        byte[] body = rendered.body().getBytes(StandardCharsets.UTF_8);
        response.reset();
        response.setStatus(rendered.status());
        response.setContentType(rendered.contentType());
        response.setHeader("x-acs-request-id", rendered.requestId());
        response.setHeader("Connection", "close");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
