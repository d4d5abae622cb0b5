package io.configconformance.emulator.state;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One account's configuration recorder. Transitions (BUILDING, REBUILDING, and the organization's BUILDING) last a
 * configurable time and settle lazily when the recorder is next looked at, so no background thread is needed and
 * ProcessIsRunning is observable while a transition lasts.
 */
public final class ConfigurationRecorder {

    /** What a caller sees at one instant. */
    public record View(RecorderStatus status, List<String> resourceTypes,
                       OrganizationStatus organizationStatus, Long organizationMasterId) {
    }

    private RecorderStatus status = RecorderStatus.REGISTRABLE;
    private Instant recorderSettlesAt = Instant.MIN;
    private List<String> resourceTypes = List.of();
    private OrganizationStatus organizationStatus = OrganizationStatus.REGISTRABLE;
    private Instant organizationSettlesAt = Instant.MIN;
    private Long organizationMasterId;

    public synchronized View view(Instant now) {
        settle(now);
        return new View(status, resourceTypes, organizationStatus, organizationMasterId);
    }

    /** REGISTRABLE -> BUILDING -> REGISTERED, monitoring every supported resource type unless a selection exists. */
    public synchronized View start(Instant now, Duration transition) {
        settle(now);
        if (status == RecorderStatus.REGISTRABLE) {
            status = RecorderStatus.BUILDING;
            recorderSettlesAt = now.plus(transition);
            if (resourceTypes.isEmpty()) {
                resourceTypes = ResourceTypeCatalogue.SUPPORTED;
            }
        }
        return view(now);
    }

    /**
     * A new selection of resource types: a registered recorder redeploys (REBUILDING -> REGISTERED); a recorder not
     * yet started keeps the selection for its first start.
     */
    public synchronized View putResourceTypes(Instant now, Duration transition, List<String> types) {
        settle(now);
        resourceTypes = List.copyOf(types);
        if (status == RecorderStatus.REGISTERED) {
            status = RecorderStatus.REBUILDING;
            recorderSettlesAt = now.plus(transition);
        }
        return view(now);
    }

    /** Cloud Config for Enterprise for the directory this management account heads: BUILDING -> REGISTERED. */
    public synchronized View enableOrganization(Instant now, Duration transition, long managementAccountId) {
        settle(now);
        organizationStatus = OrganizationStatus.BUILDING;
        organizationSettlesAt = now.plus(transition);
        organizationMasterId = managementAccountId;
        return start(now, transition);
    }

    private void settle(Instant now) {
        if (status.inTransition() && !now.isBefore(recorderSettlesAt)) {
            status = RecorderStatus.REGISTERED;
        }
        if (organizationStatus == OrganizationStatus.BUILDING && !now.isBefore(organizationSettlesAt)) {
            organizationStatus = OrganizationStatus.REGISTERED;
        }
    }
}
