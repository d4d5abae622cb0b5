package io.configconformance.emulator.gateway;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A response ready for the wire. */
public record RenderedResponse(int status, String contentType, String requestId, String body) {

    /** What a WireMock extension returns; every answer carries x-acs-request-id equal to its RequestId. */
    public ResponseDefinition toDefinition() {
        return toDefinition(Duration.ZERO);
    }

    /** The same, sent after {@code delay} (the emulator's latency; WireMock waits without holding the answer's state). */
    public ResponseDefinition toDefinition(Duration delay) {
        return new ResponseDefinitionBuilder()
                .withFixedDelay(delay.isZero() ? null : (int) Math.min(Integer.MAX_VALUE, delay.toMillis()))
                .withStatus(status)
                .withHeader("Content-Type", contentType)
                .withHeader("x-acs-request-id", requestId)
                .withBody(body.getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
