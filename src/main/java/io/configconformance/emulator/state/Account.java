package io.configconformance.emulator.state;

/**
 * One set of credentials the emulator accepts and the account they act for. A member carries the ID of its management
 * account and the folder of the resource directory it sits in; a management account heads a directory of its own.
 */
public record Account(long accountId, Role role, String accessKeyId, String accessKeySecret, Long managementAccountId,
                      String folderId, String accountName) {

    @Override
    public String toString() {
        return "Account[" + accountId + ", " + role.wireName() + ", " + accessKeyId + "]";
    }
}
