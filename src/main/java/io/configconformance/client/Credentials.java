package io.configconformance.client;

import io.configconformance.report.SentSecrets;

/**
 * An access key, optionally with an STS security token. Never printed in full. The secret and token are registered
 * for masking ({@link #registerInto}) by whoever sends a request signed with them ({@link SignedRequest#registerInto}),
 * in the registry of the run or client that sends it, or holds them where an endpoint could echo them (sweep).
 */
public record Credentials(String accessKeyId, String accessKeySecret, String securityToken)
        implements CredentialSource {

    public Credentials {
        if (accessKeyId == null || accessKeyId.isBlank() || accessKeySecret == null || accessKeySecret.isEmpty()) {
            throw new IllegalArgumentException("credentials need an AccessKeyId and an AccessKeySecret");
        }
    }

    /** Fixed keys are their own source. */
    @Override
    public Credentials current() {
        return this;
    }

    /** The secret and the token, if any, kept for the registry's life. */
    public void registerInto(SentSecrets secrets) {
        secrets.keep(accessKeySecret);
        secrets.keep(securityToken);
    }

    public static Credentials of(String accessKeyId, String accessKeySecret) {
        return new Credentials(accessKeyId, accessKeySecret, null);
    }

    public Credentials withSecret(String otherSecret) {
        return new Credentials(accessKeyId, otherSecret, securityToken);
    }

    public Credentials withAccessKeyId(String otherAccessKeyId) {
        return new Credentials(otherAccessKeyId, accessKeySecret, securityToken);
    }

    @Override
    public String toString() {
        return "Credentials[" + accessKeyId + ", secret ****" + (securityToken == null ? "" : ", token ****") + "]";
    }
}
