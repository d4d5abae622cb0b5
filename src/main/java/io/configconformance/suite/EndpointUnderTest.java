package io.configconformance.suite;

import io.configconformance.client.EmulatorControl;
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
 * (its {@link RunContext} is guarded): the Maven route ({@code mvn verify -Dconformance.endpoint=URL}) runs scenarios in
 * parallel on what would be shared accounts, with none of run's guards, so it refuses one and names the command
 * that verifies it. Refusing is safer than a second copy of the guards, which would have to be kept in step.
 */
public final class EndpointUnderTest {

    public static final String PROPERTY = "conformance.endpoint";
    public static final String EMBEDDED = "embedded";
    private static final Duration CONTROL_TIMEOUT = Duration.ofSeconds(10);

    private final URI uri;
    private final EmulatorControl control;
    private final boolean emulator;
    private final AccountSource accounts;

    private EndpointUnderTest(URI uri, boolean emulator, RunContext run) {
        this.uri = uri;
        this.control = new EmulatorControl(uri, CONTROL_TIMEOUT, controlToken(), run.pacing());
        this.emulator = emulator;
        this.accounts = emulator ? new EmulatorAccounts(control) : configured(run);
    }

    /** This machine's accounts, whose configured secrets the run masks from now on, whether sent yet or not. */
    private static ConfiguredAccounts configured(RunContext run) {
        ConfiguredAccounts configured = ConfiguredAccounts.ofThisMachine(run.options());
        configured.secrets().forEach(run.secrets()::keep);
        return configured;
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

    private static String controlToken() {
        return System.getProperty(EmulatorControl.TOKEN_PROPERTY, System.getenv(EmulatorControl.TOKEN_VARIABLE));
    }

    /**
     * The endpoint {@code endpoint} names, for {@code run}: the emulator it starts for "embedded", or the URL once
     * probed. {@code guarded}: the run has the guards a real endpoint needs, otherwise a real one is refused.
     */
    static EndpointUnderTest resolve(String endpoint, boolean guarded, RunContext run) {
        if (EMBEDDED.equals(endpoint)) {
            return new EndpointUnderTest(run.embeddedEmulator().baseUri(), true, run);
        }
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new EndpointRefused(PROPERTY + "=" + endpoint + " is neither 'embedded' nor a URL");
        }
        EmulatorControl.Probe probe = new EmulatorControl(uri, CONTROL_TIMEOUT, controlToken(), run.pacing()).probe();
        switch (probe.presence()) {
            case EMULATOR:
                return new EndpointUnderTest(uri, true, run);
            case UNREACHABLE:
                throw new EndpointRefused(PROPERTY + "=" + endpoint + ": " + probe.reason() + "; an endpoint that"
                        + " does not answer is never taken for a real one");
            default:
                if (!guarded) {
                    throw new EndpointRefused(PROPERTY + "=" + endpoint + " has no emulator control API, so it is a"
                            + " real endpoint, which only `java -jar target/config-conformance.jar run --endpoint "
                            + endpoint + "` verifies (one thread, credentials checked, a run that tested nothing"
                            + " fails); this route runs scenarios in parallel without those guards");
                }
                return new EndpointUnderTest(uri, false, run);
        }
    }

    /** The configured endpoint cannot be verified on this route; the message says why and what to do instead. */
    public static final class EndpointRefused extends IllegalStateException {
        EndpointRefused(String reason) {
            super(reason);
        }
    }
}
