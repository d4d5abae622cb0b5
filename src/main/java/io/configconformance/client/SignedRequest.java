package io.configconformance.client;

import io.configconformance.report.SentSecrets;
import java.util.Map;

/**
 * A request as {@link Signer} builds it, ready for the wire: method, path with query, headers, body ({@code null}
 * when there is none), and what it was signed with: its signature (null when left out) and the credentials. Its parts
 * are the signer's and are not changed after signing; whoever sends it registers its secrets first
 * ({@link #registerInto}), in the registry of the run or client that writes about it.
 */
public record SignedRequest(String method, String pathAndQuery, Map<String, String> headers, byte[] body,
                            String signature, Credentials signedWith) {

    /** The signature among the newest, the secret and token for the registry's life. */
    public void registerInto(SentSecrets secrets) {
        secrets.keepRecent(signature);
        signedWith.registerInto(secrets);
    }
}
