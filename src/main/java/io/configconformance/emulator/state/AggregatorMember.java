package io.configconformance.emulator.state;

/** A member account of an account group, as the request named it. */
public record AggregatorMember(long accountId, String accountName, String accountType) {
}
