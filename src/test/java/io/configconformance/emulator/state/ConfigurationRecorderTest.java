package io.configconformance.emulator.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConfigurationRecorderTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration TRANSITION = Duration.ofSeconds(2);

    private final ConfigurationRecorder recorder = new ConfigurationRecorder();

    @Test
    void aNewRecorderIsRegistrableAndMonitorsNothing() {
        ConfigurationRecorder.View view = recorder.view(T0);
        assertEquals(RecorderStatus.REGISTRABLE, view.status());
        assertEquals(0, view.resourceTypes().size());
        assertEquals(OrganizationStatus.REGISTRABLE, view.organizationStatus());
        assertNull(view.organizationMasterId());
    }

    @Test
    void startingBuildsForTheTransitionTimeThenRegisters() {
        assertEquals(RecorderStatus.BUILDING, recorder.start(T0, TRANSITION).status());
        assertEquals(RecorderStatus.BUILDING, recorder.view(T0.plus(TRANSITION).minusMillis(1)).status());
        assertEquals(RecorderStatus.REGISTERED, recorder.view(T0.plus(TRANSITION)).status());
    }

    @Test
    void startingMonitorsEverySupportedTypeByDefault() {
        assertEquals(ResourceTypeCatalogue.SUPPORTED, recorder.start(T0, TRANSITION).resourceTypes());
    }

    @Test
    void startingARegisteredRecorderChangesNothing() {
        recorder.start(T0, TRANSITION);
        Instant later = T0.plus(TRANSITION).plusSeconds(1);
        assertEquals(RecorderStatus.REGISTERED, recorder.start(later, TRANSITION).status());
    }

    @Test
    void enablingTheOrganizationRecordsTheMasterAndSettlesToRegistered() {
        ConfigurationRecorder.View building = recorder.enableOrganization(T0, TRANSITION, 42L);
        assertEquals(OrganizationStatus.BUILDING, building.organizationStatus());
        assertEquals(42L, building.organizationMasterId());
        assertEquals(RecorderStatus.BUILDING, building.status());
        ConfigurationRecorder.View settled = recorder.view(T0.plus(TRANSITION));
        assertEquals(OrganizationStatus.REGISTERED, settled.organizationStatus());
        assertEquals(RecorderStatus.REGISTERED, settled.status());
    }
}
