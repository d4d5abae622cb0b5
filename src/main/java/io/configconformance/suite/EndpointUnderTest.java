package io.configconformance.suite;

import io.configconformance.client.EmulatorControl;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import java.net.URI;
import java.time.Duration;

/**
 * The endpoint the suite verifies in this JVM, chosen once by the {@code conformance.endpoint} system property (or
 * the {@code CONFORMANCE_ENDPOINT} environment variable): {@code embedded} (the default) starts an emulator on a
 * free loopback port; a URL names an emulator or service started elsewhere. Either way the suite reaches it only over
 * HTTP.
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

    private EndpointUnderTest(String configured, URI uri) {
        this.configured = configured;
        this.uri = uri;
        this.control = new EmulatorControl(uri, CONTROL_TIMEOUT);
    }

    /** The endpoint for the configuration in force now; a changed configuration takes effect for the next scenario. */
    public static synchronized EndpointUnderTest current() {
        String configured = configured();
        if (current == null || !current.configured.equals(configured)) {
            current = new EndpointUnderTest(configured, resolve(configured));
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

    public EmulatorControl control() {
        return control;
    }

    private static URI resolve(String configured) {
        if (EMBEDDED.equals(configured)) {
            if (embedded == null) {
                embedded = new Emulator(EmulatorSettings.loopback(0)).start();
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "embedded-emulator-stop"));
            }
            return embedded.baseUri();
        }
        return URI.create(configured);
    }
}
