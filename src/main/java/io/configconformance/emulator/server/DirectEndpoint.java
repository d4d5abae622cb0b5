package io.configconformance.emulator.server;

import io.configconformance.emulator.gateway.TimedResponse;
import java.util.function.UnaryOperator;

/**
 * An endpoint the server answers itself, ahead of WireMock's stub matching, for every request whose path is not under
 * {@link #passedOn()} (docs/DECISIONS.md, D6): the emulator's Cloud Config RPC endpoint, whose answers do not depend on
 * any stub. The request has passed {@link RequestGuard} already (limits, deadline, body budget).
 */
public interface DirectEndpoint {

    /** The path prefix whose requests still go to WireMock (the emulator's control API). */
    String passedOn();

    /**
     * The answer to one request: its method, its URL as sent (path and raw query), a header by case-insensitive name
     * (null when absent) and its body, inflated.
     */
    TimedResponse answer(String method, String url, UnaryOperator<String> headers, byte[] body);
}
