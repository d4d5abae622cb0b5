package io.configconformance.emulator.state;

/** OrganizationEnableStatus (2019-01-08): whether Cloud Config for Enterprise is enabled for a resource directory. */
public enum OrganizationStatus {
    REGISTRABLE,
    BUILDING,
    REGISTERED
}
