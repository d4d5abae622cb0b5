package io.configconformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * A secret the run sent is masked in every form a service could echo it, wherever it stands in a line, and nothing
 * else is touched. Each test registers values of its own: the registry is the run's, shared by every test of the JVM.
 */
class SentSecretsTest {

    @Test
    void aTokenIsMaskedInEveryFormAServiceCouldEchoIt() {
        String token = "CAIS+token/with=Unicode\u00e9&<chars>'\"-" + System.nanoTime();
        SentSecrets.register(token);
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
            assertEquals("\"HostId\":\"****\", then more", SentSecrets.mask("\"HostId\":\"" + echoed + "\", then more"),
                    echoed);
            assertEquals("HostId ****", Redactor.redact("HostId " + echoed), "masked wherever a line is written");
            line.append(echoed).append(' ');
        }
        assertEquals("**** ".repeat(9), SentSecrets.mask(line.toString()), "every form in one line");
    }

    @Test
    void shortValuesAndOtherTextAreLeftAlone() {
        SentSecrets.register("abc");
        SentSecrets.register(null);
        String text = "abc abcd, nothing registered here " + System.nanoTime();
        assertEquals(text, SentSecrets.mask(text));
    }

    /** The cost that grows with a run: thousands of per-request signatures, each line checked against all of them. */
    @Test
    void manySignaturesCostOnePassOverTheText() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        String last = null;
        for (int i = 0; i < 20_000; i++) {
            // a V3 signature: the hex of an HMAC-SHA256
            last = HexFormat.of().formatHex(sha256.digest(("request " + i + System.nanoTime()).getBytes(StandardCharsets.UTF_8)));
            SentSecrets.register(last);
        }
        String page = "Code: InvalidParameter, Message: the specified value is not valid; RequestId 5B3E-11 ".repeat(12_000);
        String echoed = page + last;
        long started = System.nanoTime();
        String masked = null;
        for (int round = 0; round < 10; round++) {
            masked = SentSecrets.mask(echoed);
        }
        long perMegabyteMillis = (System.nanoTime() - started) / 10 / 1_000_000 * 1_000_000 / echoed.length();
        assertTrue(masked.endsWith("****"));
        assertFalse(masked.contains(last));
        System.out.println("SentSecrets: 20,000 registered values, " + perMegabyteMillis + " ms per MB of text");
    }

    private static String percent(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
