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
 *
 * <p>A URL that does not answer its probe is an error, never taken for a real endpoint (every scenario would be
 * skipped, green). A real endpoint is verified only through {@code config-conformance.jar run}
 * ({@link RunOptions#GUARDED_RUN}): the Maven route ({@code mvn verify -Dconformance.endpoint=URL}) runs scenarios in
 * parallel on what would be shared accounts, with none of run's guards, so it refuses one and names the command
 * that verifies it. Refusing is safer than a second copy of the guards, which would have to be kept in step.
 */
public final class EndpointUnderTest {

    public static final String PROPERTY = "conformance.endpoint";
    public static final String EMBEDDED = "embedded";
    private static final Duration CONTROL_TIMEOUT = Duration.ofSeconds(10);

    private static EndpointUnderTest current;
    private static Emulator embedded;
    /** The last configuration refused, and why: every scenario fails with the same reason, probed once. */
    private static String refusedConfiguration;
    private static EndpointRefused refusal;

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
        String configured = configured() + (guardedRun() ? " (run)" : "");
        if (configured.equals(refusedConfiguration)) {
            throw new EndpointRefused(refusal.getMessage());
        }
        if (current == null || !current.configured.equals(configured)) {
            try {
                current = resolve(configured(), configured);
            } catch (EndpointRefused e) {
                refusedConfiguration = configured;
                refusal = e;
                throw e;
            }
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

    private static boolean guardedRun() {
        return Boolean.parseBoolean(System.getProperty(RunOptions.GUARDED_RUN, "false"));
    }

    /** The endpoint {@code endpoint} names; {@code key} is the configuration it is kept under. */
    private static EndpointUnderTest resolve(String endpoint, String key) {
        if (EMBEDDED.equals(endpoint)) {
            if (embedded == null) {
                embedded = new Emulator(EmulatorSettings.loopback(0)).start();
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "embedded-emulator-stop"));
            }
            return new EndpointUnderTest(key, embedded.baseUri(), true);
        }
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new EndpointRefused(PROPERTY + "=" + endpoint + " is neither 'embedded' nor a URL");
        }
        EmulatorControl.Probe probe = new EmulatorControl(uri, CONTROL_TIMEOUT).probe();
        switch (probe.presence()) {
            case EMULATOR:
                return new EndpointUnderTest(key, uri, true);
            case UNREACHABLE:
                throw new EndpointRefused(PROPERTY + "=" + endpoint + ": " + probe.reason() + "; an endpoint that"
                        + " does not answer is never taken for a real one");
            default:
                if (!guardedRun()) {
                    throw new EndpointRefused(PROPERTY + "=" + endpoint + " has no emulator control API, so it is a"
                            + " real endpoint, which only `java -jar target/config-conformance.jar run --endpoint "
                            + endpoint + "` verifies (one thread, credentials checked, a run that tested nothing"
                            + " fails); this route runs scenarios in parallel without those guards");
                }
                return new EndpointUnderTest(key, uri, false);
        }
    }

    /** The configured endpoint cannot be verified on this route; the message says why and what to do instead. */
    public static final class EndpointRefused extends IllegalStateException {
        EndpointRefused(String reason) {
            super(reason);
        }
    }
}
