package io.configconformance.client;

/**
 * Where a request's AccessKeyId, AccessKeySecret and SecurityToken come from, asked at each request: fixed keys
 * ({@link Credentials} itself), or a provider whose STS credentials expire and are fetched anew when close to it.
 */
public interface CredentialSource {

    /** The credentials to sign the next request with. */
    Credentials current();
}
