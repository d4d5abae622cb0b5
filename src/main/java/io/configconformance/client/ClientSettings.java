package io.configconformance.client;

import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything that decides how the client talks to the endpoint under test. Immutable; the {@code with...} methods
 * return changed copies, all made at one point ({@link #with(Consumer)}). The {@link Signer} holds the credentials,
 * clock and nonce source; the shortcuts that change one of them, or leave a common parameter out, exist so that
 * scenarios can send the stale, replayed and incomplete requests the protocol must reject.
 */
public record ClientSettings(URI endpoint, ApiVersion version, ResponseFormat format, SignatureVersion signature,
                             ParameterPlacement placement, Signer signer, Duration connectTimeout,
                             Duration readTimeout, Pacing pacing) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);

    public static ClientSettings defaults(URI endpoint, CredentialSource credentials) {
        return new ClientSettings(endpoint, ApiVersion.V2020_09_07, ResponseFormat.JSON, SignatureVersion.V1,
                ParameterPlacement.QUERY, Signer.of(credentials), DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                Pacing.none());
    }

    public Credentials credentials() {
        return signer.credentials();
    }

    public ClientSettings withVersion(ApiVersion value) {
        return with(copy -> copy.version = value);
    }

    public ClientSettings withFormat(ResponseFormat value) {
        return with(copy -> copy.format = value);
    }

    public ClientSettings withSignature(SignatureVersion value) {
        return with(copy -> copy.signature = value);
    }

    public ClientSettings withPlacement(ParameterPlacement value) {
        return with(copy -> copy.placement = value);
    }

    public ClientSettings withTimeouts(Duration connect, Duration read) {
        return with(copy -> {
            copy.connectTimeout = connect;
            copy.readTimeout = read;
        });
    }

    /** How requests are paced and throttled answers sent again (a run's; {@link Pacing#none()} by default). */
    public ClientSettings withPacing(Pacing value) {
        return with(copy -> copy.pacing = value);
    }

    public ClientSettings withSigner(Signer value) {
        return with(copy -> copy.signer = value);
    }

    public ClientSettings withCredentials(Credentials value) {
        return withSigner(signer.withCredentials(value));
    }

    public ClientSettings withClock(Clock value) {
        return withSigner(signer.withClock(value));
    }

    public ClientSettings withNonceSource(Supplier<String> value) {
        return withSigner(signer.withNonceSource(value));
    }

    /** A copy that leaves a common parameter (V1) or header (V3) out of the request and so out of its signature. */
    public ClientSettings omitting(String parameter) {
        return withSigner(signer.omitting(parameter));
    }

    /** The single copy point: a change of any fields of a copy of these settings. */
    private ClientSettings with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return new ClientSettings(copy.endpoint, copy.version, copy.format, copy.signature, copy.placement,
                copy.signer, copy.connectTimeout, copy.readTimeout, copy.pacing);
    }

    /** The fields of settings being copied, each open to one change. */
    private static final class Copy {
        private final URI endpoint;
        private ApiVersion version;
        private ResponseFormat format;
        private SignatureVersion signature;
        private ParameterPlacement placement;
        private Signer signer;
        private Duration connectTimeout;
        private Duration readTimeout;
        private Pacing pacing;

        private Copy(ClientSettings from) {
            endpoint = from.endpoint;
            version = from.version;
            format = from.format;
            signature = from.signature;
            placement = from.placement;
            signer = from.signer;
            connectTimeout = from.connectTimeout;
            readTimeout = from.readTimeout;
            pacing = from.pacing;
        }
    }
}
