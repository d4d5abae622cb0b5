package io.configconformance.emulator.operations;

import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.ConfigurationRecorder;
import io.configconformance.emulator.state.OrganizationStatus;
import io.configconformance.emulator.state.ResourceTypeCatalogue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PutConfigurationRecorder, 2019-01-08 only (docs/api-reference/000): changes the resource types an individual-edition recorder
 * monitors. Members get RDMemberNoPermission; a management account with Cloud Config for Enterprise enabled gets
 * EnterpriseEditionAllResourceTypesDefault; a type outside the catalogue is Invalid.ResourceTypes.Value.
 */
public final class PutConfigurationRecorder2019 implements Handler<ConfigurationRecorder.View> {

    @Override
    public ConfigurationRecorder.View handle(OperationCall call) {
        ConfigurationRecorder recorder = call.recorder();
        ConfigurationRecorder.View before = recorder.view(call.now());
        if (before.organizationStatus() != OrganizationStatus.REGISTRABLE) {
            throw Errors.ENTERPRISE_ALL_RESOURCE_TYPES;
        }
        List<String> types = parse(call.requiredParameter("ResourceTypes"));
        if (before.status().inTransition()) {
            throw Errors.PROCESS_IS_RUNNING;
        }
        return recorder.putResourceTypes(call.now(), call.recorderTransition(), types);
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
