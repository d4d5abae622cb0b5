package io.configconformance.emulator.view;

import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.Folder;
import io.configconformance.emulator.state.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the control API shows an account (docs/EMULATOR.md, "Control API"): its credentials, so a test can sign as it; its place
 * in a resource directory; for a management account, the folders of its directory.
 */
public final class AccountView {

    private AccountView() {
    }

    public static Map<String, Object> of(Account account, List<Folder> folders) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("AccountId", account.accountId());
        fields.put("Role", account.role().wireName());
        fields.put("AccountName", account.accountName());
        fields.put("AccessKeyId", account.accessKeyId());
        fields.put("AccessKeySecret", account.accessKeySecret());
        if (account.managementAccountId() != null) {
            fields.put("ManagementAccountId", account.managementAccountId());
            fields.put("FolderId", account.folderId());
        }
        if (account.role() == Role.MANAGEMENT) {
            fields.put("FolderIds", folders.stream().map(Folder::folderId).toList());
        }
        return fields;
    }

    public static Map<String, Object> folder(Folder folder) {
        return Map.of("FolderId", folder.folderId(), "ManagementAccountId", folder.managementAccountId());
    }
}
