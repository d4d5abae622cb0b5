package io.configconformance.suite;

import io.configconformance.client.EmulatorControl;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import java.net.URI;
import java.time.Duration;

/**
 * The endpoint the suite verifies, chosen by the {@code conformance.endpoint} system property (or the
 * {@code CONFORMANCE_ENDPOINT} environment variable): {@code embedded} (the default) starts an emulator on a free
 * loopback port; a URL names an emulator started elsewhere (found by its control API, and then driven exactly like
 * the embedded one) or a real Cloud Config endpoint (no control API: accounts come from configured credentials, and
 * scenarios that need the emulator are skipped with the reason). Either way the suite reaches it only over HTTP.
 */
public final class EndpointUnderTest {

    public static final String PROPERTY = "conformance.endpoint";
    public static final String EMBEDDED = "embedded";
    private static final Duration CONTROL_TIMEOUT = Duration.ofSeconds(10);

    private static EndpointUnderTest current;
    private static Emulator embedded;

    private final String configured;
    private final URI uri;
    private final EmulatorControl control;
    private final boolean emulator;
    private final AccountSource accounts;

    private EndpointUnderTest(String configured, URI uri, boolean emulator) {
        this.configured = configured;
        this.uri = uri;
        this.control = new EmulatorControl(uri, CONTROL_TIMEOUT);
        this.emulator = emulator;
        this.accounts = emulator ? new EmulatorAccounts(control) : ConfiguredAccounts.ofThisMachine(RunOptions.current());
    }

    /** The endpoint for the configuration in force now; a changed configuration takes effect for the next scenario. */
    public static synchronized EndpointUnderTest current() {
        String configured = configured();
        if (current == null || !current.configured.equals(configured)) {
            current = resolve(configured);
        }
        return current;
    }

    /** The configured endpoint text, "embedded" when nothing is configured. */
    public static String configured() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv("CONFORMANCE_ENDPOINT");
        }
        return value == null || value.isBlank() ? EMBEDDED : value.trim();
    }

    public URI uri() {
        return uri;
    }

    /** Whether the endpoint offers the emulator's control API (fault injection, timings, fresh accounts). */
    public boolean isEmulator() {
        return emulator;
    }

    public EmulatorControl control() {
        return control;
    }

    public AccountSource accounts() {
        return accounts;
    }

    private static EndpointUnderTest resolve(String configured) {
        if (EMBEDDED.equals(configured)) {
            if (embedded == null) {
                embedded = new Emulator(EmulatorSettings.loopback(0)).start();
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "embedded-emulator-stop"));
            }
            return new EndpointUnderTest(configured, embedded.baseUri(), true);
        }
        URI uri = URI.create(configured);
        EmulatorControl.Probe probe = new EmulatorControl(uri, CONTROL_TIMEOUT).probe();
        return new EndpointUnderTest(configured, uri, probe.presence() == EmulatorControl.Presence.EMULATOR);
    }
}
