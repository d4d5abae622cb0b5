package io.configconformance.client;

/** An account a scenario acts as: handed out by the emulator's control API, or configured for a real endpoint. */
public record TestAccount(long accountId, String role, Credentials credentials, Long managementAccountId) {
}
