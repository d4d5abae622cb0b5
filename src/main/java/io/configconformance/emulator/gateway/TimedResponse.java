package io.configconformance.emulator.gateway;

import java.time.Duration;

/** An answer and how long it waits before it is sent: the latency set for the caller, plus an injected delay. */
public record TimedResponse(RenderedResponse response, Duration delay) {
}
