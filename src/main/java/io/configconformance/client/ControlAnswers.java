package io.configconformance.client;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The accounts in the control API's answers ({"Account":{...}} or {"Accounts":[...]}). Their AccessKeySecrets are
 * registered for masking as each is read ({@link Credentials#of}), however many one answer carries.
 */
final class ControlAnswers {

    private ControlAnswers() {
    }

    static TestAccount account(JsonNode node) {
        JsonNode management = node.path("ManagementAccountId");
        return new TestAccount(node.path("AccountId").asLong(), node.path("Role").asString(),
                Credentials.of(node.path("AccessKeyId").asString(), node.path("AccessKeySecret").asString()),
                management.isMissingNode() ? null : management.asLong());
    }

    static List<TestAccount> accounts(JsonNode list) {
        List<TestAccount> accounts = new ArrayList<>(list.size());
        list.forEach(node -> accounts.add(account(node)));
        return accounts;
    }
}
