package io.configconformance.client;

/** An account the emulator's control API handed out: its ID, role and credentials. */
public record EmulatorAccount(long accountId, String role, Credentials credentials, Long managementAccountId) {
}
