package io.configconformance.emulator.server;

import java.time.Duration;

/**
 * How much and how slowly the emulator lets a client send, checked before a request is parsed or authenticated. The
 * pages document no limits; these are generous for every documented request and recorded in docs/ERRATA.md (A34).
 *
 * @param maxBodyBytes      a body as sent, and again once inflated (Content-Encoding: gzip)
 * @param bufferedBodyBytes all bodies being received at one time together; past it a request is refused with 503,
 *                          so the heap stays bounded however many clients send at once
 * @param bodyReadTimeout   the whole body must arrive within this time after the headers
 * @param idleTimeout       the longest silence while headers or a body are being sent (Jetty's idle timeout)
 * @param maxHeaderBytes    the request line and headers together: a V1 GET carries every parameter in its query,
 *                          200 group members included
 */
public record RequestLimits(int maxBodyBytes, long bufferedBodyBytes, Duration bodyReadTimeout, Duration idleTimeout,
                            int maxHeaderBytes) {

    public static final RequestLimits STANDARD = new RequestLimits(1 << 20, 16L << 20, Duration.ofSeconds(30),
            Duration.ofSeconds(30), 32 << 10);
}
