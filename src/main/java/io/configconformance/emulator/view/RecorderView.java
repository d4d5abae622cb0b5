package io.configconformance.emulator.view;

import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.ConfigurationRecorder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a configuration recorder is shown: the ConfigurationRecorder struct of each answer, fields in the order of the
 * page's sample (docs/api-reference/000, 001, 002; the readers as the official SDK models), and the control API's listing.
 */
public final class RecorderView {

    private static final String ROOT = "ConfigurationRecorder";

    private RecorderView() {
    }

    /** 2019-01-08 (StartConfigurationRecorder, DescribeConfigurationRecorder); OrganizationMasterId only once set. */
    public static Map<String, Object> enterprise(Account account, ConfigurationRecorder.View view) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ResourceTypes", view.resourceTypes());
        fields.put("AccountId", account.accountId());
        fields.put("ConfigurationRecorderStatus", view.status().name());
        fields.put("OrganizationEnableStatus", view.organizationStatus().name());
        fields.put("OrganizationMasterId", view.organizationMasterId());
        return Map.of(ROOT, fields);
    }

    /** 2020-09-07 (StartConfigurationRecorder, GetConfigurationRecorder): the status and the monitored types. */
    public static Map<String, Object> status(ConfigurationRecorder.View view) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ConfigurationRecorderStatus", view.status().name());
        fields.put("ResourceTypes", view.resourceTypes());
        return Map.of(ROOT, fields);
    }

    /** PutConfigurationRecorder (docs/api-reference/000): the account, its status and the types it now monitors. */
    public static Map<String, Object> selection(Account account, ConfigurationRecorder.View view) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("AccountId", account.accountId());
        fields.put("ConfigurationRecorderStatus", view.status().name());
        fields.put("ResourceTypes", view.resourceTypes());
        return Map.of(ROOT, fields);
    }

    /** One recorder in GET /__emulator/resources: whose it is and both of its states. */
    public static Map<String, Object> listing(long accountId, ConfigurationRecorder.View view) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("AccountId", accountId);
        fields.put("ConfigurationRecorderStatus", view.status().name());
        fields.put("ResourceTypes", view.resourceTypes());
        fields.put("OrganizationEnableStatus", view.organizationStatus().name());
        return fields;
    }
}
