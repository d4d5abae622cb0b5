package io.configconformance.emulator.operations;

import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.AggregatorMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AggregatorAccounts parameter, a JSON array in a form or query parameter, read as every real client sends it
 * (PROTOCOL.md, docs/api-reference/README.md): keys in PascalCase (SDKs) or camelCase (the page's example), AccountId as a JSON
 * number (Java) or a string of digits (Go, Terraform). AccountName is optional in CreateAggregator (page 004 marks it
 * "No") and required in UpdateAggregator (page 003: "If you want to update the member account list, you must set the
 * AccountId, AccountName and AccountType parameters"). Anything else is Invalid.AggregatorAccounts.Value, or
 * Invalid.AccountType.Value for an AccountType other than ResourceDirectory.
 */
final class AggregatorAccounts {

    static final String RESOURCE_DIRECTORY = "ResourceDirectory";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private AggregatorAccounts() {
    }

    /** The items of the list; {@code nameRequired} when an item without a non-empty AccountName is invalid. */
    static List<AggregatorMember> parse(String value, boolean nameRequired) {
        JsonNode array;
        try {
            array = JSON.readTree(value);
        } catch (JacksonException e) {
            throw invalid("it is not a JSON array (" + e.getOriginalMessage() + ")");
        }
        if (array == null || !array.isArray()) {
            throw invalid("it is not a JSON array");
        }
        List<AggregatorMember> members = new ArrayList<>();
        for (JsonNode item : array) {
            members.add(member(item, nameRequired));
        }
        return members;
    }

    private static AggregatorMember member(JsonNode item, boolean nameRequired) {
        if (!item.isObject()) {
            throw invalid("every item must be an object with AccountId, AccountName and AccountType");
        }
        JsonNode id = field(item, "AccountId");
        long accountId;
        if (id.isIntegralNumber() && id.canConvertToLong()) {
            accountId = id.asLong();
        } else if (id.isString() && id.asString().matches("\\d{1,18}")) {
            accountId = Long.parseLong(id.asString());
        } else {
            throw invalid("AccountId must be a number or a string of digits, got " + abbreviate(id.toString()));
        }
        JsonNode name = field(item, "AccountName");
        if (!name.isMissingNode() && !name.isString()) {
            throw invalid("AccountName must be a string");
        }
        if (nameRequired && (name.isMissingNode() || name.asString().isEmpty())) {
            throw invalid("AccountName is required: to update the member account list, set AccountId, AccountName"
                    + " and AccountType");
        }
        JsonNode type = field(item, "AccountType");
        if (!type.isString() || !RESOURCE_DIRECTORY.equals(type.asString())) {
            throw Errors.ACCOUNT_TYPE_INVALID.withDetail("Only ResourceDirectory is supported, got "
                    + abbreviate(type.isMissingNode() ? "nothing" : type.toString()) + ".");
        }
        return new AggregatorMember(accountId, name.isMissingNode() ? "" : name.asString(), RESOURCE_DIRECTORY);
    }

    /** The PascalCase key, else its camelCase spelling. */
    private static JsonNode field(JsonNode item, String pascalCase) {
        JsonNode value = item.path(pascalCase);
        if (value.isMissingNode()) {
            value = item.path(pascalCase.substring(0, 1).toLowerCase(Locale.ROOT) + pascalCase.substring(1));
        }
        return value;
    }

    private static ApiError invalid(String why) {
        return Errors.AGGREGATOR_ACCOUNTS_INVALID.withDetail(why + ".");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
