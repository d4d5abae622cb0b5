package io.configconformance.bench;

import io.configconformance.client.Credentials;
import io.configconformance.client.ParameterPlacement;
import io.configconformance.client.SignedRequest;
import io.configconformance.client.Signer;
import io.configconformance.protocol.Action;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.report.SentSecrets;
import java.net.URI;
import java.util.Map;

/**
 * Signed V1 GET requests as a lean client sends them, each registered for masking as a client registers what it
 * sends ({@code RpcSigningFilter}): the load of the throughput and memory measurements.
 */
final class SignedRequests {

    private final URI base;
    private final Signer signer;
    private final SentSecrets secrets = new SentSecrets();

    SignedRequests(URI base, String accessKeyId, String secret) {
        this.base = base;
        this.signer = Signer.of(Credentials.of(accessKeyId, secret));
    }

    URI uri(Action action, ApiVersion version, Map<String, String> operationParameters) {
        SignedRequest signed = signer.v1(ParameterPlacement.QUERY, action.wireName(), version.wireName(), "JSON",
                operationParameters);
        signed.registerInto(secrets);
        return base.resolve(signed.pathAndQuery());
    }
}
