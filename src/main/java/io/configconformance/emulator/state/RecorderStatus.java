package io.configconformance.emulator.state;

/** ConfigurationRecorderStatus as the reference pages enumerate it. */
public enum RecorderStatus {
    REGISTRABLE,
    BUILDING,
    REGISTERED,
    REBUILDING;

    public boolean inTransition() {
        return this == BUILDING || this == REBUILDING;
    }
}
