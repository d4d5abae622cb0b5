package io.configconformance.emulator.operations;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.ConfigurationRecorder;
import io.configconformance.emulator.state.OrganizationStatus;
import io.configconformance.emulator.state.ResourceTypeCatalogue;
import io.configconformance.emulator.state.Role;
import io.configconformance.protocol.ApiVersion;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PutConfigurationRecorder, 2019-01-08 only (api-docs 000): changes the resource types an individual-edition recorder
 * monitors. Members get RDMemberNoPermission; a management account with Cloud Config for Enterprise enabled gets
 * EnterpriseEditionAllResourceTypesDefault; a type outside the catalogue is Invalid.ResourceTypes.Value.
 */
public final class PutConfigurationRecorder2019 implements Operation {

    private final EmulatorState state;

    public PutConfigurationRecorder2019(EmulatorState state) {
        this.state = state;
    }

    @Override
    public String action() {
        return "PutConfigurationRecorder";
    }

    @Override
    public ApiVersion version() {
        return ApiVersion.V2019_01_08;
    }

    @Override
    public Map<String, Object> handle(OperationCall call) {
        Account account = call.account();
        if (account.role() == Role.MEMBER) {
            throw Errors.RD_MEMBER_NO_PERMISSION;
        }
        ConfigurationRecorder recorder = state.recorders().of(account.accountId());
        ConfigurationRecorder.View before = recorder.view(call.now());
        if (before.organizationStatus() != OrganizationStatus.REGISTRABLE) {
            throw Errors.ENTERPRISE_ALL_RESOURCE_TYPES;
        }
        List<String> types = parse(call.requiredParameter("ResourceTypes"));
        if (before.status().inTransition()) {
            throw Errors.PROCESS_IS_RUNNING;
        }
        ConfigurationRecorder.View after =
                recorder.putResourceTypes(call.now(), state.recorderTransition(account.accountId()), types);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("AccountId", account.accountId());
        fields.put("ConfigurationRecorderStatus", after.status().name());
        fields.put("ResourceTypes", after.resourceTypes());
        return Map.of("ConfigurationRecorder", fields);
    }

    /** A comma-separated list of catalogue types; repeats are kept once, in order. */
    static List<String> parse(String value) {
        Set<String> types = new LinkedHashSet<>();
        for (String item : value.split(",", -1)) {
            String type = item.trim();
            if (!ResourceTypeCatalogue.isSupported(type)) {
                throw Errors.INVALID_RESOURCE_TYPES.withDetail("'" + abbreviate(type)
                        + "' is not a resource type Cloud Config monitors.");
            }
            types.add(type);
        }
        return List.copyOf(types);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
