package io.configconformance.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncodingTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\" \"                | %20",
            "*                    | %2A",
            "~                    | ~",
            "+                    | %2B",
            "/                    | %2F",
            ":                    | %3A",
            "=                    | %3D",
            "&                    | %26",
            "%                    | %25",
            "中                   | %E4%B8%AD",
            "é                    | %C3%A9",
            "😀                   | %F0%9F%98%80",
            "ABCXYZabcxyz0189-_.~ | ABCXYZabcxyz0189-_.~",
            "2016-02-23T12:46:24Z | 2016-02-23T12%3A46%3A24Z",
            "a b*c~d              | a%20b%2Ac~d",
    })
    void encodesPerRfc3986(String raw, String expected) {
        assertEquals(expected, PercentEncoding.encode(raw));
    }

    @Test
    void emptyStaysEmpty() {
        assertEquals("", PercentEncoding.encode(""));
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> PercentEncoding.encode(null));
    }

    /** Cross-check every ASCII character against the URLEncoder-and-patch recipe the official SDKs use. */
    @Test
    void agreesWithPatchedUrlEncoderForAllAscii() {
        for (char c = 0; c < 128; c++) {
            String s = String.valueOf(c);
            String sdk = URLEncoder.encode(s, StandardCharsets.UTF_8)
                    .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
            assertEquals(sdk, PercentEncoding.encode(s), "char " + (int) c);
        }
    }

    @Test
    void parametersAreEncodedPairsJoinedInTheMapsOrder() {
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("Action", "Start Recorder");
        parameters.put("Accounts", "[{\"AccountId\":1}]");
        parameters.put("Empty", "");
        assertEquals("Action=Start%20Recorder&Accounts=%5B%7B%22AccountId%22%3A1%7D%5D&Empty=",
                PercentEncoding.encodeParameters(parameters));
    }

    /** Against the plain definition (every UTF-8 byte either kept or escaped), on random text of every kind. */
    @Test
    void agreesWithTheDefinitionOnRandomText() {
        java.util.Random random = new java.util.Random(5);
        String alphabet = "aZ09-_.~ *%&=/+:é中\uE000\uFFFF😀";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            StringBuilder expected = new StringBuilder();
            for (byte b : text.toString().getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                boolean keep = Character.isLetterOrDigit(c) && c < 128 || "-_.~".indexOf(c) >= 0;
                expected.append(keep ? String.valueOf((char) c) : String.format("%%%02X", c));
            }
            assertEquals(expected.toString(), PercentEncoding.encode(text.toString()), text.toString());
        }
    }
}
