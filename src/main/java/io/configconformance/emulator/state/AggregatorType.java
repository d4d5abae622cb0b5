package io.configconformance.emulator.state;

/** The types of account group (docs/api-reference/004): RD (global: the whole directory), FOLDER, CUSTOM (the default). */
public enum AggregatorType {
    RD,
    FOLDER,
    CUSTOM
}
