package io.configconformance.emulator.operations;

import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.ConfigurationRecorder;
import io.configconformance.emulator.state.OrganizationStatus;
import io.configconformance.emulator.state.Role;

/**
 * StartConfigurationRecorder, 2019-01-08 (docs/api-reference/002): individual edition, or Cloud Config for Enterprise when the
 * management account of a resource directory passes EnterpriseEdition=true. Every member account of a directory gets
 * RDMemberNoPermission, as the page's introduction says ("If you use a member account for Cloud Config for
 * Enterprise, the RDMemberNoPermission error code will be returned"), whether or not its directory has enabled
 * Cloud Config for Enterprise. Once the management account has enabled it (or is enabling it), its recorder is the
 * enterprise's, which "monitors all supported types of resources by default" (page 002's row): a start without
 * EnterpriseEdition=true gets EnterpriseEditionAllResourceTypesDefault, and enabling it twice gets
 * EnterpriseEditonAlreadyUpgraded (the typo is the real code). EnterpriseEdition=false is the default value (page 002),
 * so it behaves exactly like an absent parameter.
 */
public final class StartConfigurationRecorder2019 implements Handler<ConfigurationRecorder.View> {

    @Override
    public ConfigurationRecorder.View handle(OperationCall call) {
        Account account = call.account();
        boolean enterprise = call.booleanParameter("EnterpriseEdition").orElse(false);
        // Who may call is the table's rule (members never); who may ask for the enterprise edition is this page's:
        // only the management account of a directory, and anyone else gets the members' code.
        if (enterprise && account.role() != Role.MANAGEMENT) {
            throw Errors.RD_MEMBER_NO_PERMISSION;
        }
        ConfigurationRecorder recorder = call.recorder();
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
        return enterprise
                ? recorder.enableOrganization(call.now(), call.recorderTransition(), account.accountId())
                : recorder.start(call.now(), call.recorderTransition());
    }
}
