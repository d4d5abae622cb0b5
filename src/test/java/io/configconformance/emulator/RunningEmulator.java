package io.configconformance.emulator;

import io.configconformance.client.EmulatorControl;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.Role;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator on a free loopback port for the tests of one class ({@code @RegisterExtension static}), with a
 * control-API client for setting the stage over HTTP.
 */
final class RunningEmulator implements BeforeAllCallback, AfterAllCallback {

    private final Clock clock;
    private Emulator emulator;
    private EmulatorControl control;

    RunningEmulator() {
        this(Clock.systemUTC());
    }

    /** An emulator whose time is the clock's, for tests that compare answers given at different moments. */
    RunningEmulator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = new Emulator(EmulatorSettings.loopback(0), clock).start();
        control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(10));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        emulator.close();
    }

    URI baseUri() {
        return emulator.baseUri();
    }

    int port() {
        return emulator.port();
    }

    EmulatorState state() {
        return emulator.state();
    }

    EmulatorControl control() {
        return control;
    }

    /** A fresh account of the role, created in-process (for tests of the emulator itself). */
    Account create(Role role) {
        return emulator.state().accounts().create(role, null);
    }
}
