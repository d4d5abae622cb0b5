package io.configconformance.junit;

import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A running emulator as a test sees it: where it answers, its accounts by role (fixed credentials that belong to the
 * emulator only, docs/EMULATOR.md) and its control API (reset, accounts, faults, timings, resources).
 */
public final class ConfigEmulator {

    private final Emulator emulator;
    private final EmulatorControl control;
    private final Duration transition;

    ConfigEmulator(Emulator emulator, EmulatorControl control, Duration transition) {
        this.emulator = emulator;
        this.control = control;
        this.transition = transition;
        applyTimings();
    }

    /** {@code http://127.0.0.1:<port>}: the endpoint to give a REST client. */
    public URI endpoint() {
        return emulator.baseUri();
    }

    /** {@code 127.0.0.1:<port>}: the endpoint to give an official SDK, with protocol HTTP. */
    public String hostAndPort() {
        return endpoint().getAuthority();
    }

    public EmulatorControl control() {
        return control;
    }

    /** The accounts of a role as they are now: individual, management, member, unauthorized, nonexistent. */
    public List<TestAccount> accounts(String role) {
        return control.accounts().stream().filter(account -> account.role().equals(role)).toList();
    }

    /** The first account of a role; the emulator starts with at least one of each. */
    public TestAccount account(String role) {
        return accounts(role).stream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("the emulator has no account of role " + role));
    }

    public TestAccount individual() {
        return account("individual");
    }

    public TestAccount management() {
        return account("management");
    }

    /** The members of the default management account's resource directory. */
    public List<TestAccount> members() {
        return accounts("member");
    }

    public TestAccount unauthorized() {
        return account("unauthorized");
    }

    public TestAccount nonexistent() {
        return account("nonexistent");
    }

    /** Back to the default accounts, no resources, no faults, no remembered nonces, the test's timings. */
    public void reset() {
        control.reset();
        applyTimings();
    }

    private void applyTimings() {
        control.setTimings(transition, transition);
    }

    void stop() {
        emulator.close();
    }
}
