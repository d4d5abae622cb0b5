package io.configconformance.emulator.control;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.Timings;
import io.configconformance.emulator.operations.Operation;
import io.configconformance.emulator.operations.OperationRegistry;
import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.Aggregator;
import io.configconformance.emulator.state.ConfigurationRecorder;
import io.configconformance.emulator.state.Fault;
import io.configconformance.emulator.state.Folder;
import io.configconformance.emulator.state.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/** What each control-API route does to the emulator's state; answers are plain maps, serialised by the transformer. */
final class ControlActions {

    private static final long MAX_MILLIS = 3_600_000L;

    private final EmulatorState state;
    private final OperationRegistry operations;
    private final String version;

    ControlActions(EmulatorState state, OperationRegistry operations, String version) {
        this.state = state;
        this.operations = operations;
        this.version = version;
    }

    Map<String, Object> info() {
        return Map.of("Emulator", "config-conformance", "Version", version,
                "ApiVersions", List.of("2019-01-08", "2020-09-07"));
    }

    List<Map<String, Object>> accounts() {
        return state.accounts().all().stream().map(this::describe).toList();
    }

    /**
     * A new account of the role; RecorderTransitionMillis and AggregatorCreationMillis, when given, are its own
     * timings from the start (validated as by PUT /accounts/{id}/settings, before anything is created).
     */
    Map<String, Object> createAccount(JsonNode body) {
        String roleName = body.path("Role").asString("");
        Role role = Role.fromWire(roleName).orElseThrow(() -> Errors.invalidParameter("Role",
                "expected one of individual, management, member, unauthorized, nonexistent, got '" + roleName + "'"));
        UnaryOperator<Timings> timings = changes(body);
        JsonNode management = body.path("ManagementAccountId");
        String folderId = body.path("FolderId").isString() ? body.path("FolderId").asString() : null;
        Account account;
        try {
            account = state.accounts().create(role, management.canConvertToLong() ? management.asLong() : null,
                    folderId);
        } catch (IllegalArgumentException e) {
            throw Errors.invalidParameter(folderId == null ? "ManagementAccountId" : "FolderId", e.getMessage());
        }
        if (timings != null) {
            state.changeTimings(account.accountId(), timings);
        }
        return describe(account);
    }

    Map<String, Object> createFolder(JsonNode body) {
        JsonNode management = body.path("ManagementAccountId");
        try {
            Folder folder = state.accounts().createFolder(management.canConvertToLong() ? management.asLong() : -1);
            return Map.of("FolderId", folder.folderId(), "ManagementAccountId", folder.managementAccountId());
        } catch (IllegalArgumentException e) {
            throw Errors.invalidParameter("ManagementAccountId", e.getMessage());
        }
    }

    /** Arms a fault the reference page of the action documents, for the next Times calls (of one account, if given). */
    Map<String, Object> injectFault(JsonNode body) {
        String action = body.path("Action").asString("");
        String code = body.path("Code").asString("");
        List<Operation> named = operations.named(action);
        if (named.isEmpty()) {
            throw Errors.invalidParameter("Action", "the emulator has no action '" + action + "'");
        }
        TreeSet<String> documented = new TreeSet<>();
        named.forEach(operation -> documented.addAll(operation.injectableFaults()));
        if (!documented.contains(code)) {
            throw Errors.invalidParameter("Code", "the pages document " + documented + " for " + action
                    + ", not '" + code + "'");
        }
        JsonNode times = body.path("Times");
        if (!times.isMissingNode() && (!times.isIntegralNumber() || times.asLong() < 1 || times.asLong() > 1000)) {
            throw Errors.invalidParameter("Times", "expected an integer from 1 to 1000");
        }
        JsonNode account = body.path("AccountId");
        Fault fault = new Fault(action, code, times.isMissingNode() ? 1 : times.asInt(),
                account.canConvertToLong() ? account.asLong() : null);
        state.faults().arm(fault);
        return describe(fault);
    }

    List<Map<String, Object>> faults() {
        return state.faults().armed().stream().map(ControlActions::describe).toList();
    }

    Map<String, Object> resources(Long accountId) {
        Instant now = state.clock().instant();
        List<Map<String, Object>> recorders = state.recorders().all().entrySet().stream()
                .filter(entry -> accountId == null || entry.getKey().equals(accountId))
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> describe(entry.getKey(), entry.getValue().view(now))).toList();
        List<Map<String, Object>> groups = state.aggregators().all().stream()
                .filter(group -> accountId == null || group.ownerAccountId() == accountId)
                .map(group -> describe(group, now)).toList();
        return Map.of("Recorders", recorders, "Aggregators", groups);
    }

    Map<String, Object> settings() {
        return describe(state.timings());
    }

    Map<String, Object> changeSettings(JsonNode body) {
        state.changeTimings(requiredChanges(body));
        return settings();
    }

    Map<String, Object> accountSettings(long accountId, JsonNode body) {
        if (state.accounts().all().stream().noneMatch(account -> account.accountId() == accountId)) {
            throw new ApiError(404, "AccountNotExisted", "The emulator has no account " + accountId + ".");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("AccountId", accountId);
        answer.putAll(describe(state.changeTimings(accountId, requiredChanges(body))));
        return answer;
    }

    Map<String, Object> reset() {
        state.reset();
        return Map.of("Reset", true);
    }

    private static UnaryOperator<Timings> requiredChanges(JsonNode body) {
        UnaryOperator<Timings> changes = changes(body);
        if (changes == null) {
            throw Errors.invalidParameter("body", "give RecorderTransitionMillis and/or AggregatorCreationMillis");
        }
        return changes;
    }

    /** The timings the body sets, validated; null when it sets none. */
    private static UnaryOperator<Timings> changes(JsonNode body) {
        Duration recorder = millis(body, "RecorderTransitionMillis");
        Duration aggregator = millis(body, "AggregatorCreationMillis");
        if (recorder == null && aggregator == null) {
            return null;
        }
        return timings -> {
            Timings changed = recorder == null ? timings : timings.withRecorderTransition(recorder);
            return aggregator == null ? changed : changed.withAggregatorCreation(aggregator);
        };
    }

    private static Duration millis(JsonNode body, String name) {
        JsonNode value = body.path(name);
        if (value.isMissingNode()) {
            return null;
        }
        if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > MAX_MILLIS) {
            throw Errors.invalidParameter(name, "expected an integer from 0 to " + MAX_MILLIS);
        }
        return Duration.ofMillis(value.asLong());
    }

    private Map<String, Object> describe(Account account) {
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
            fields.put("FolderIds", state.accounts().folders(account.accountId()).stream().map(Folder::folderId).toList());
        }
        return fields;
    }

    private static Map<String, Object> describe(Fault fault) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Action", fault.action());
        fields.put("Code", fault.code());
        fields.put("Times", fault.times());
        if (fault.accountId() != null) {
            fields.put("AccountId", fault.accountId());
        }
        return fields;
    }

    private static Map<String, Object> describe(long accountId, ConfigurationRecorder.View view) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("AccountId", accountId);
        fields.put("ConfigurationRecorderStatus", view.status().name());
        fields.put("ResourceTypes", view.resourceTypes());
        fields.put("OrganizationEnableStatus", view.organizationStatus().name());
        return fields;
    }

    private static Map<String, Object> describe(Aggregator group, Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("AggregatorId", group.aggregatorId());
        fields.put("AccountId", group.ownerAccountId());
        fields.put("AggregatorName", group.name());
        fields.put("AggregatorType", group.type().name());
        fields.put("AggregatorStatus", group.status(now));
        fields.put("MemberAccountIds", group.members().stream().map(m -> m.accountId()).toList());
        return fields;
    }

    private static Map<String, Object> describe(Timings timings) {
        return Map.of("RecorderTransitionMillis", timings.recorderTransition().toMillis(),
                "AggregatorCreationMillis", timings.aggregatorCreation().toMillis());
    }
}
