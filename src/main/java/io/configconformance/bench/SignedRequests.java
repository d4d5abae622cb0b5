package io.configconformance.bench;

import io.configconformance.client.Credentials;
import io.configconformance.client.ParameterPlacement;
import io.configconformance.client.Signer;
import io.configconformance.protocol.Action;
import io.configconformance.protocol.ApiVersion;
import java.net.URI;
import java.util.Map;

/** Signed V1 GET requests as a lean client sends them: the load of the throughput and memory measurements. */
final class SignedRequests {

    private final URI base;
    private final Signer signer;

    SignedRequests(URI base, String accessKeyId, String secret) {
        this.base = base;
        this.signer = Signer.of(Credentials.of(accessKeyId, secret));
    }

    URI uri(Action action, ApiVersion version, Map<String, String> operationParameters) {
        return base.resolve(signer.v1(ParameterPlacement.QUERY, action.wireName(), version.wireName(), "JSON",
                operationParameters).pathAndQuery());
    }
}
