package io.configconformance.emulator.operations;

import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.ConfigurationRecorder;
import io.configconformance.emulator.state.OrganizationStatus;
import io.configconformance.emulator.state.Role;

/**
 * StartConfigurationRecorder, 2019-01-08 (docs/api-reference/002): individual edition, or Cloud Config for Enterprise when the
 * management account of a resource directory passes EnterpriseEdition=true. Every member account of a directory gets
 * RDMemberNoPermission (the operation table's rule): the page's introduction says so of a member of an enterprise
 * directory, and A4 extends it to a member of any directory. Once Cloud Config for Enterprise is enabled, the
 * management account's start answers its recorder and "the ID of the master account" (page 002, OrganizationMasterId),
 * so EnterpriseEditionAllResourceTypesDefault, whose condition no call can meet without contradicting the page (E13,
 * A17), is answered only when injected. Enabling it twice gets EnterpriseEditonAlreadyUpgraded (the typo is the real
 * code). EnterpriseEdition=false is the default value (page 002), so it behaves exactly like an absent parameter.
 */
public final class StartConfigurationRecorder2019 implements Handler<ConfigurationRecorder.View> {

    @Override
    public ConfigurationRecorder.View handle(OperationCall call) {
        Account account = call.account();
        boolean enterprise = call.booleanParameter("EnterpriseEdition").orElse(false);
        // Who may call is the table's rule (members never); who may ask for the enterprise edition is this page's:
        // only the management account of a directory ("You have not enabled a resource directory" for anyone else).
        if (enterprise && account.role() != Role.MANAGEMENT) {
            throw Errors.RD_MEMBER_NO_PERMISSION;
        }
        ConfigurationRecorder recorder = call.recorder();
        ConfigurationRecorder.View before = recorder.view(call.now());
        if (enterprise && before.organizationStatus() == OrganizationStatus.REGISTERED) {
            throw Errors.ENTERPRISE_EDITION_ALREADY_UPGRADED;
        }
        if (before.status().inTransition() || before.organizationStatus() == OrganizationStatus.BUILDING) {
            throw Errors.PROCESS_IS_RUNNING;
        }
        return enterprise
                ? recorder.enableOrganization(call.now(), call.recorderTransition(), account.accountId())
                : recorder.start(call.now(), call.recorderTransition());
    }
}
