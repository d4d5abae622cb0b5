package io.configconformance.bench;

import io.configconformance.protocol.Action;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.signing.PercentEncoding;
import io.configconformance.signing.SignatureV1;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Signed V1 GET requests as a lean client sends them: the load of the throughput and memory measurements. */
final class SignedRequests {

    private final URI base;
    private final String accessKeyId;
    private final String secret;

    SignedRequests(URI base, String accessKeyId, String secret) {
        this.base = base;
        this.accessKeyId = accessKeyId;
        this.secret = secret;
    }

    URI uri(Action action, ApiVersion version, Map<String, String> operationParameters) {
        Map<String, String> parameters = new TreeMap<>(operationParameters);
        parameters.put("Action", action.wireName());
        parameters.put("Version", version.wireName());
        parameters.put("Format", "JSON");
        parameters.put("AccessKeyId", accessKeyId);
        parameters.put("SignatureMethod", SignatureV1.SIGNATURE_METHOD);
        parameters.put("SignatureVersion", SignatureV1.SIGNATURE_VERSION);
        parameters.put("SignatureNonce", UUID.randomUUID().toString());
        parameters.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        parameters.put("Signature", SignatureV1.sign("GET", parameters, secret));
        return base.resolve("/?" + PercentEncoding.encodeParameters(parameters));
    }
}
