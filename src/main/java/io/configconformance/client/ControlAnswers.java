package io.configconformance.client;

import io.configconformance.report.SentSecrets;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the control client reads an answer and names a failed exchange, in one line each; and the accounts in the
 * control API's answers ({"Account":{...}} or {"Accounts":[...]}), whose AccessKeySecrets are kept in the control
 * client's registry as each is read (the run's, for a run's client), however many one answer carries.
 */
final class ControlAnswers {

    private ControlAnswers() {
    }

    static JsonNode parse(JsonMapper json, String method, URI uri, int status, String body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new EmulatorControl.ControlApiException(method + " " + uri + " answered " + status
                    + " with a body that is not JSON: the endpoint has no emulator control API");
        }
    }

    static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }

    static TestAccount account(JsonNode node, SentSecrets secrets) {
        JsonNode management = node.path("ManagementAccountId");
        String secret = node.path("AccessKeySecret").asString();
        secrets.keep(secret);
        return new TestAccount(node.path("AccountId").asLong(), node.path("Role").asString(),
                Credentials.of(node.path("AccessKeyId").asString(), secret),
                management.isMissingNode() ? null : management.asLong());
    }

    /**
     * The accounts a request with {@code "Count":count} created. An emulator older than Count (0.2.0) ignores it and
     * creates one: that is said, rather than a scenario going on with fewer members than it asked for.
     */
    static List<TestAccount> batch(JsonNode answer, int count, SentSecrets secrets) {
        JsonNode list = answer.path("Accounts");
        if (!list.isArray() || list.size() != count) {
            throw new EmulatorControl.ControlApiException("POST /__emulator/accounts with Count " + count
                    + " answered " + list.size() + " accounts: the emulator predates Count (0.2.0); start one of"
                    + " this version");
        }
        return accounts(list, secrets);
    }

    static List<TestAccount> accounts(JsonNode list, SentSecrets secrets) {
        List<TestAccount> accounts = new ArrayList<>(list.size());
        list.forEach(node -> accounts.add(account(node, secrets)));
        return accounts;
    }
}
