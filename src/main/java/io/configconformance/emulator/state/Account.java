package io.configconformance.emulator.state;

/**
 * One set of credentials the emulator accepts and the account they act for. A RAM user ({@link Role#UNAUTHORIZED})
 * carries the ID of the account it belongs to; a member carries the ID of its management account.
 */
public record Account(long accountId, Role role, String accessKeyId, String accessKeySecret, Long managementAccountId) {

    @Override
    public String toString() {
        return "Account[" + accountId + ", " + role.wireName() + ", " + accessKeyId + "]";
    }
}
