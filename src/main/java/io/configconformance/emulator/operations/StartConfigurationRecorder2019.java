package io.configconformance.emulator.operations;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.ConfigurationRecorder;
import io.configconformance.emulator.state.OrganizationStatus;
import io.configconformance.emulator.state.Role;
import io.configconformance.protocol.ApiVersion;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * StartConfigurationRecorder, 2019-01-08 (api-docs 002): individual edition, or Cloud Config for Enterprise when the
 * management account of a resource directory passes EnterpriseEdition=true. Every member account of a directory gets
 * RDMemberNoPermission, as the page's introduction says ("If you use a member account for Cloud Config for
 * Enterprise, the RDMemberNoPermission error code will be returned"), whether or not its directory has enabled
 * Cloud Config for Enterprise. Once the management account has enabled it (or is enabling it), its recorder is the
 * enterprise's, which "monitors all supported types of resources by default" (page 002's row): a start without
 * EnterpriseEdition=true gets EnterpriseEditionAllResourceTypesDefault, and enabling it twice gets
 * EnterpriseEditonAlreadyUpgraded (the typo is the real code). EnterpriseEdition=false is the default value (page 002),
 * so it behaves exactly like an absent parameter.
 */
public final class StartConfigurationRecorder2019 implements Operation {

    private final EmulatorState state;

    public StartConfigurationRecorder2019(EmulatorState state) {
        this.state = state;
    }

    @Override
    public String action() {
        return "StartConfigurationRecorder";
    }

    @Override
    public ApiVersion version() {
        return ApiVersion.V2019_01_08;
    }

    @Override
    public java.util.Set<String> injectableFaults() {
        return java.util.Set.of("ServiceUnavailable", "CreateSLRFail", "RDEnableConfigAccessFail");
    }

    @Override
    public Map<String, Object> handle(OperationCall call) {
        Account account = call.account();
        boolean enterprise = call.booleanParameter("EnterpriseEdition").orElse(false);
        if (account.role() == Role.MEMBER || (enterprise && account.role() != Role.MANAGEMENT)) {
            throw Errors.RD_MEMBER_NO_PERMISSION;
        }
        ConfigurationRecorder recorder = state.recorders().of(account.accountId());
        ConfigurationRecorder.View before = recorder.view(call.now());
        if (before.organizationStatus() != OrganizationStatus.REGISTRABLE) {
            if (!enterprise) {
                throw Errors.ENTERPRISE_ALL_RESOURCE_TYPES;
            }
            if (before.organizationStatus() == OrganizationStatus.REGISTERED) {
                throw Errors.ENTERPRISE_EDITION_ALREADY_UPGRADED;
            }
        }
        if (before.status().inTransition() || before.organizationStatus() == OrganizationStatus.BUILDING) {
            throw Errors.PROCESS_IS_RUNNING;
        }
        Duration transition = state.recorderTransition(account.accountId());
        ConfigurationRecorder.View after = enterprise
                ? recorder.enableOrganization(call.now(), transition, account.accountId())
                : recorder.start(call.now(), transition);
        return Map.of("ConfigurationRecorder", describe(account, after));
    }

    /** The 2019-01-08 recorder struct, fields in the order of the page's sample; OrganizationMasterId only once set. */
    static Map<String, Object> describe(Account account, ConfigurationRecorder.View view) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ResourceTypes", view.resourceTypes());
        fields.put("AccountId", account.accountId());
        fields.put("ConfigurationRecorderStatus", view.status().name());
        fields.put("OrganizationEnableStatus", view.organizationStatus().name());
        fields.put("OrganizationMasterId", view.organizationMasterId());
        return fields;
    }
}
