package io.configconformance.suite;

/**
 * A scenario needs an account its source cannot provide (a role nobody configured, more members than configured):
 * the scenario is skipped with this reason, and `sweep` stops with it.
 */
public final class AccountUnavailable extends RuntimeException {

    public AccountUnavailable(String reason) {
        super(reason, null, false, false);
    }
}
