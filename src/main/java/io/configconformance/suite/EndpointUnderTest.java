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

    private final URI uri;
    private final EmulatorControl control;

    private EndpointUnderTest(URI uri) {
        this.uri = uri;
        this.control = new EmulatorControl(uri, CONTROL_TIMEOUT);
    }

    public static synchronized EndpointUnderTest current() {
        if (current == null) {
            current = new EndpointUnderTest(resolve(configured()));
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
            Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start();
            Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "embedded-emulator-stop"));
            return emulator.baseUri();
        }
        return URI.create(configured);
    }
}
