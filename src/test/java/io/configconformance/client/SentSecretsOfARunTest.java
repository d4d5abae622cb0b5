package io.configconformance.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client registers what it sends in the registry of the wire it sends through (a run's pacing: the run's), before
 * the request leaves, so the run's lines are masked of it and another run's registry knows nothing of it.
 */
class SentSecretsOfARunTest {

    /** Nothing listens on port 1 of loopback: the request fails after it was signed and registered. */
    private static final URI NOBODY = URI.create("http://127.0.0.1:1");
    private static final Credentials KEYS = new Credentials("LTAIrunA", "theSecretOfRunA-0123456789",
            "theTokenOfRunA-0123456789");

    @Test
    void theSignatureSecretAndTokenOfARequestAreTheRunsFromTheMomentItIsSent() {
        Pacing runA = Pacing.of(0, 4);
        Pacing runB = Pacing.of(0, 4);
        ClientSettings settings = ClientSettings.defaults(NOBODY, KEYS).withPacing(runA)
                .withClock(Clock.fixed(Instant.parse("2026-12-07T04:00:00Z"), ZoneOffset.UTC))
                .withNonceSource(() -> "fixed-nonce-of-this-test");
        ConfigClient client = new ConfigClient(settings);
        assertThrows(TransportFailure.class, client::describeConfigurationRecorder);
        String signature = settings.signer().v1(settings.placement(), "DescribeConfigurationRecorder",
                settings.version().wireName(), settings.format().name(), Map.of()).signature();
        String line = "echoed " + signature + " / theSecretOfRunA-0123456789 / theTokenOfRunA-0123456789";
        assertEquals("echoed **** / **** / ****", runA.secrets().mask(line));
        assertEquals(line, runB.secrets().mask(line), "run B sent none of them");
        assertEquals(1, runA.secrets().signaturesHeld());
        String exchange = client.lastExchange().toString();
        assertTrue(exchange.contains("Signature=****"), exchange);
        assertFalse(exchange.contains(signature) || exchange.contains("theTokenOfRunA"), exchange);
    }
}
