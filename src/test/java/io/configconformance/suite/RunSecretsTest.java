package io.configconformance.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.Credentials;
import io.configconformance.client.TransportFailure;
import io.configconformance.report.Redactor;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Two runs side by side keep two masking registries: what a client of run A sends is masked in a line run A writes,
 * whatever thread writes it (one with no run handed to it too), and means nothing to run B.
 */
class RunSecretsTest {

    private static final RunOptions OPTIONS = new RunOptions(false, Optional.empty(), Optional.empty(),
            Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(300), 0);

    @Test
    void eachRunMasksWhatItsOwnClientsSent() throws InterruptedException {
        try (RunContext runA = RunContext.of(EndpointUnderTest.EMBEDDED, OPTIONS, false);
             RunContext runB = RunContext.of(EndpointUnderTest.EMBEDDED, OPTIONS, false)) {
            assertSame(runA.secrets(), runA.pacing().secrets(), "the run's transport registers into the run's");
            // nothing listens on port 1 of loopback: the request is signed, registered and refused
            ConfigClient client = new ConfigClient(ClientSettings.defaults(URI.create("http://127.0.0.1:1"),
                    Credentials.of("LTAIrunA", "theSecretOfRunA-0123456789")).withPacing(runA.pacing()));
            assertThrows(TransportFailure.class, client::getConfigurationRecorder);
            String line = "the service said theSecretOfRunA-0123456789";
            AtomicReference<String> written = new AtomicReference<>();
            Thread withoutRun = new Thread(() -> written.set(Redactor.redact(line, runA.secrets())));
            withoutRun.start();
            withoutRun.join();
            assertEquals("the service said ****", written.get());
            assertEquals(1, runA.secrets().signaturesHeld());
            assertEquals(line, runB.secrets().mask(line), "run B sent nothing");
            assertEquals(0, runB.secrets().signaturesHeld());
        }
    }
}
