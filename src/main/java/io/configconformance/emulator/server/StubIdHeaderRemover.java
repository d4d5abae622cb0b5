package io.configconformance.emulator.server;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Takes WireMock's {@code Matched-Stub-Id} debugging header off every answer. A Cloud Config endpoint sends no such
 * header; an SDK or a recording that kept it would learn something about the emulator, not about the service.
 */
public final class StubIdHeaderRemover implements ResponseTransformerV2 {

    static final String HEADER = "Matched-Stub-Id";

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        HttpHeaders headers = response.getHeaders();
        if (headers == null || !headers.getHeader(HEADER).isPresent()) {
            return response;
        }
        HttpHeaders kept = new HttpHeaders(headers.all().stream()
                .filter(header -> !header.keyEquals(HEADER)).toList());
        return Response.Builder.like(response).but().headers(kept).build();
    }

    @Override
    public String getName() {
        return "no-stub-id-header";
    }
}
