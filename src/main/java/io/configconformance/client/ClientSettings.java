package io.configconformance.client;

import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Everything that decides how the client talks to the endpoint under test. Immutable; the {@code with...} methods
 * return changed copies. The clock, nonce source and omitted parameters exist so that scenarios can send the stale,
 * replayed and incomplete requests the protocol must reject.
 */
public record ClientSettings(URI endpoint, ApiVersion version, ResponseFormat format, SignatureVersion signature,
                             ParameterPlacement placement, Credentials credentials, Duration connectTimeout,
                             Duration readTimeout, Clock clock, Supplier<String> nonceSource,
                             Set<String> omittedParameters) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);

    public ClientSettings {
        omittedParameters = Set.copyOf(omittedParameters);
    }

    public static ClientSettings defaults(URI endpoint, Credentials credentials) {
        return new ClientSettings(endpoint, ApiVersion.V2020_09_07, ResponseFormat.JSON, SignatureVersion.V1,
                ParameterPlacement.QUERY, credentials, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                Clock.systemUTC(), () -> UUID.randomUUID().toString(), Set.of());
    }

    public ClientSettings withVersion(ApiVersion value) {
        return new ClientSettings(endpoint, value, format, signature, placement, credentials, connectTimeout,
                readTimeout, clock, nonceSource, omittedParameters);
    }

    public ClientSettings withFormat(ResponseFormat value) {
        return new ClientSettings(endpoint, version, value, signature, placement, credentials, connectTimeout,
                readTimeout, clock, nonceSource, omittedParameters);
    }

    public ClientSettings withSignature(SignatureVersion value) {
        return new ClientSettings(endpoint, version, format, value, placement, credentials, connectTimeout,
                readTimeout, clock, nonceSource, omittedParameters);
    }

    public ClientSettings withPlacement(ParameterPlacement value) {
        return new ClientSettings(endpoint, version, format, signature, value, credentials, connectTimeout,
                readTimeout, clock, nonceSource, omittedParameters);
    }

    public ClientSettings withCredentials(Credentials value) {
        return new ClientSettings(endpoint, version, format, signature, placement, value, connectTimeout,
                readTimeout, clock, nonceSource, omittedParameters);
    }

    public ClientSettings withTimeouts(Duration connect, Duration read) {
        return new ClientSettings(endpoint, version, format, signature, placement, credentials, connect, read,
                clock, nonceSource, omittedParameters);
    }

    public ClientSettings withClock(Clock value) {
        return new ClientSettings(endpoint, version, format, signature, placement, credentials, connectTimeout,
                readTimeout, value, nonceSource, omittedParameters);
    }

    public ClientSettings withNonceSource(Supplier<String> value) {
        return new ClientSettings(endpoint, version, format, signature, placement, credentials, connectTimeout,
                readTimeout, clock, value, omittedParameters);
    }

    /** A copy that leaves a common parameter (V1) or header (V3) out of the request and so out of its signature. */
    public ClientSettings omitting(String parameter) {
        Set<String> omitted = new HashSet<>(omittedParameters);
        omitted.add(parameter);
        return new ClientSettings(endpoint, version, format, signature, placement, credentials, connectTimeout,
                readTimeout, clock, nonceSource, omitted);
    }
}
