package io.configconformance.emulator.protocol;

/** A response ready for the wire. */
public record RenderedResponse(int status, String contentType, String requestId, String body) {
}
