package io.configconformance.client;

/**
 * An account a scenario acts as: handed out by the emulator's control API, or configured for a real endpoint. Its
 * credentials come from {@code source} at each request (STS credentials of an assumed role expire).
 */
public record TestAccount(long accountId, String role, CredentialSource source, Long managementAccountId) {

    /** The credentials the account signs with now. */
    public Credentials credentials() {
        return source.current();
    }
}
