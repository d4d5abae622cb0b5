package io.configconformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A secret a run sent is masked in every form a service could echo it, wherever it stands in a line, by that run's
 * registry and from any thread that writes for it; nothing else is touched; and however many signatures are sent,
 * the registry holds a bounded window of the newest.
 */
class SentSecretsTest {

    @Test
    void aTokenIsMaskedInEveryFormAServiceCouldEchoIt() {
        SentSecrets secrets = new SentSecrets();
        String token = "CAIS+token/with=Unicode\u00e9&<chars>'\"-" + System.nanoTime();
        secrets.keep(token);
        byte[] utf8 = token.getBytes(StandardCharsets.UTF_8);
        StringBuilder references = new StringBuilder();
        StringBuilder json = new StringBuilder();
        token.chars().forEach(c -> {
            references.append("&#").append(c).append(';');
            json.append(String.format("\\u%04x", c));
        });
        String once = SentSecretsTest.percent(token);
        StringBuilder line = new StringBuilder();
        for (String echoed : new String[] {token, once, SentSecretsTest.percent(once), references.toString(),
                json.toString(), Base64.getEncoder().encodeToString(utf8), HexFormat.of().formatHex(utf8),
                Html.escape(token).replace("'", "&#39;"), token.replace("/", "\\/")}) {
            assertEquals("\"HostId\":\"****\", then more", secrets.mask("\"HostId\":\"" + echoed + "\", then more"),
                    echoed);
            assertEquals("HostId ****", Redactor.redact("HostId " + echoed, secrets), "masked wherever a line is written");
            line.append(echoed).append(' ');
        }
        assertEquals("**** ".repeat(9), secrets.mask(line.toString()), "every form in one line");
    }

    @Test
    void shortValuesAndOtherTextAreLeftAlone() {
        SentSecrets secrets = new SentSecrets();
        secrets.keep("abc");
        secrets.keep(null);
        secrets.keepRecent("abcd");
        String text = "abc abcd, nothing registered here " + System.nanoTime();
        assertEquals(text, secrets.mask(text));
    }

    /** Two runs side by side: each masks its own secrets, whichever thread writes the line. */
    @Test
    void eachRegistryMasksItsOwnSecretsFromAnyThread() throws InterruptedException {
        SentSecrets runA = new SentSecrets();
        SentSecrets runB = new SentSecrets();
        runA.keep("secretOfRunA-0123456789");
        runB.keepRecent("signatureOfRunB-0123456789=");
        AtomicReference<String> written = new AtomicReference<>();
        Thread withoutContext = new Thread(() -> written.set(Redactor.redact(
                "A: secretOfRunA-0123456789, B: signatureOfRunB-0123456789=", runA)));
        withoutContext.start();
        withoutContext.join();
        assertEquals("A: ****, B: signatureOfRunB-0123456789=", written.get(), "run A's line, run A's secrets");
        assertEquals("A: secretOfRunA-0123456789, B: ****",
                runB.mask("A: secretOfRunA-0123456789, B: signatureOfRunB-0123456789="));
    }

    /**
     * A JVM that signs forever (a REST Assured test suite, the benchmark's client) holds a window of signatures, not
     * every one: after five and a half generations, at most two; the newest generation's worth is always masked,
     * and the credentials kept before the first signature still are (the count of entries shows the bound).
     */
    @Test
    void fiveGenerationsOfSignaturesKeepABoundedWindowOfTheNewest() {
        SentSecrets secrets = new SentSecrets();
        secrets.keep("theAccessKeySecret-0123456789");
        List<String> newest = new ArrayList<>();
        String first = signature(0);
        secrets.keepRecent(first);
        int signed = 5 * SentSecrets.SIGNATURES_A_GENERATION + SentSecrets.SIGNATURES_A_GENERATION / 2;
        for (int i = 1; i < signed; i++) {
            String signature = signature(i);
            secrets.keepRecent(signature);
            if (i >= signed - SentSecrets.SIGNATURES_A_GENERATION) {
                newest.add(signature);
            }
        }
        assertTrue(secrets.signaturesHeld() <= 2 * SentSecrets.SIGNATURES_A_GENERATION, "held "
                + secrets.signaturesHeld());
        assertTrue(secrets.signaturesHeld() >= SentSecrets.SIGNATURES_A_GENERATION, "held " + secrets.signaturesHeld());
        for (String signature : List.of(newest.get(0), newest.get(newest.size() / 2), newest.get(newest.size() - 1))) {
            assertEquals("Signature ****", secrets.mask("Signature " + signature), "one of the newest");
        }
        assertEquals("**** and " + first, secrets.mask("theAccessKeySecret-0123456789 and " + first),
                "credentials for the registry's life; the first signature, five generations back, is forgotten");
    }

    /** Whenever a generation turns, the newest generation's worth of signatures is still held, none fewer. */
    @Test
    void theNewestGenerationIsHeldAcrossEveryTurn() {
        int generation = 4;
        SentSecrets secrets = new SentSecrets(generation);
        for (int i = 0; i < 20; i++) {
            secrets.keepRecent(signature(i));
            for (int back = 0; back < generation && back <= i; back++) {
                assertEquals("****", secrets.mask(signature(i - back)), "signature " + (i - back) + " after " + i);
            }
            assertTrue(secrets.signaturesHeld() <= 2 * generation);
        }
    }

    /** The cost that grows with a run: thousands of per-request signatures, each line checked against all of them. */
    @Test
    void manySignaturesCostOnePassOverTheText() throws Exception {
        SentSecrets secrets = new SentSecrets();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        String last = null;
        for (int i = 0; i < 20_000; i++) {
            // a V3 signature: the hex of an HMAC-SHA256
            last = HexFormat.of().formatHex(sha256.digest(("request " + i + System.nanoTime()).getBytes(StandardCharsets.UTF_8)));
            secrets.keepRecent(last);
        }
        String page = "Code: InvalidParameter, Message: the specified value is not valid; RequestId 5B3E-11 ".repeat(12_000);
        String echoed = page + last;
        long started = System.nanoTime();
        String masked = null;
        for (int round = 0; round < 10; round++) {
            masked = secrets.mask(echoed);
        }
        long perMegabyteMillis = (System.nanoTime() - started) / 10 / 1_000_000 * 1_000_000 / echoed.length();
        assertTrue(masked.endsWith("****"));
        assertFalse(masked.contains(last));
        System.out.println("SentSecrets: 20,000 registered values, " + perMegabyteMillis + " ms per MB of text");
    }

    /** A V1 signature's shape: the base64 of 20 bytes, 28 characters. */
    private static String signature(int i) {
        byte[] digest = new byte[20];
        for (int b = 0; b < 4; b++) {
            digest[b] = (byte) (i >>> (8 * b));
        }
        digest[19] = 7;
        return Base64.getEncoder().encodeToString(digest);
    }

    private static String percent(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
