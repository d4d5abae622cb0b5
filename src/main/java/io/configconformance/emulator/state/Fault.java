package io.configconformance.emulator.state;

/** A documented failure to answer for the next {@code times} calls of an action, optionally only for one account. */
public record Fault(String action, String code, int times, Long accountId) {
}
