package io.configconformance.emulator.state;

/** The types of account group (api-docs 004): RD (global: the whole directory), FOLDER, CUSTOM (the default). */
public enum AggregatorType {
    RD,
    FOLDER,
    CUSTOM
}
