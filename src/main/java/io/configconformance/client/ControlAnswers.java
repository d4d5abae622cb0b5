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

    /**
     * The accounts a request with {@code "Count":count} created. An emulator older than Count (0.2.0) ignores it and
     * creates one: that is said, rather than a scenario going on with fewer members than it asked for.
     */
    static List<TestAccount> batch(JsonNode answer, int count) {
        JsonNode list = answer.path("Accounts");
        if (!list.isArray() || list.size() != count) {
            throw new EmulatorControl.ControlApiException("POST /__emulator/accounts with Count " + count
                    + " answered " + list.size() + " accounts: the emulator predates Count (0.2.0); start one of"
                    + " this version");
        }
        return accounts(list);
    }

    static List<TestAccount> accounts(JsonNode list) {
        List<TestAccount> accounts = new ArrayList<>(list.size());
        list.forEach(node -> accounts.add(account(node)));
        return accounts;
    }
}
