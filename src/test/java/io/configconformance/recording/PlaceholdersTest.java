package io.configconformance.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.configconformance.report.SentSecrets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders: numbered per kind in order of appearance, found also percent-encoded, secrets masked. */
class PlaceholdersTest {

    @Test
    void identifiersAreNumberedPerKindInTheOrderTheyAppear() {
        Placeholders placeholders = new Placeholders(new SentSecrets());
        placeholders.register("AccountId", "1500000000000042");
        placeholders.register("AggregatorId", "ca-0123456789abcdef0123");
        placeholders.register("AccountId", "1500000000000007");
        placeholders.register("AccountId", "1500000000000042");
        assertEquals("{{AccountId-1}}", placeholders.of("1500000000000042"));
        assertEquals("{{AccountId-2}}", placeholders.of("1500000000000007"));
        assertEquals("{{AggregatorId-1}}", placeholders.of("ca-0123456789abcdef0123"));
        assertEquals("individual-{{AccountId-2}} owns {{AggregatorId-1}}",
                placeholders.apply("individual-1500000000000007 owns ca-0123456789abcdef0123"));
        assertNull(placeholders.of("1"), "only what was registered is replaced");
    }

    @Test
    void aShortOrRepetitiveValueIsReplacedOnlyWhereItIsTheWholeField() {
        Placeholders placeholders = new Placeholders(new SentSecrets());
        placeholders.register("HostId", "h");
        placeholders.register("NextToken", "00");
        placeholders.register("FolderId", "aaaaaaaaaa");
        placeholders.register("RequestId", "7C1E5D3A-0D5A-4B8E-9E22-3B2C1D0E9F11");
        assertEquals("{{HostId-1}}", placeholders.apply("h"));
        assertEquals("{{NextToken-1}}", placeholders.apply("00"));
        assertEquals("{{FolderId-1}}", placeholders.apply("aaaaaaaaaa"));
        assertEquals("http://hosted.example/ 100 aaaaaaaaaaaa, for {{RequestId-1}}",
                placeholders.apply("http://hosted.example/ 100 aaaaaaaaaaaa, for 7C1E5D3A-0D5A-4B8E-9E22-3B2C1D0E9F11"),
                "an answer's one-character HostId does not rewrite every h of the recording");
    }

    @Test
    void aDateIsFoundInAnEchoedStringToSignAndSecretsAreMasked() {
        Placeholders placeholders = new Placeholders(new SentSecrets());
        placeholders.register("Date", "2026-11-30T06:10:00Z");
        placeholders.register("secret", "emulatorSecretValue0001");
        assertEquals("Timestamp%3D{{Date}}%26 and {{Date}}; key ****",
                placeholders.apply("Timestamp%3D2026-11-30T06%253A10%253A00Z%26 and 2026-11-30T06:10:00Z; key"
                        + " emulatorSecretValue0001"));
        assertEquals("ACS3-HMAC-SHA256 {{Digest}}", placeholders.apply("ACS3-HMAC-SHA256 " + "ab12".repeat(16)));
    }

    @Test
    void aReplayGivesValuesBackAndReadsThemAsTheirPlaceholders() {
        ReplayValues values = new ReplayValues();
        String account = values.number("{{AccountId-2:number}}", 7);
        assertEquals("1900000000007002", account);
        String id = values.fill("{{AggregatorId-1}}", 7);
        Substitution asRecorded = values.asRecorded();
        assertEquals("[{\"AccountId\":{{AccountId-2}}}] {{AggregatorId-1}}",
                asRecorded.text("[{\"AccountId\":" + account + "}] " + id));
        assertEquals("{{AccountId-2:number}}", asRecorded.number(account));
        assertEquals(List.of("2026-01-01T00:00:00Z"), List.of(values.fill("{{Date}}", 7)));
    }

    @Test
    void aV3RequestIsReadLikeAV1OneLessItsSignature() {
        WireCall v1 = WireCall.parse("/?Action=GetAggregator&Version=2020-09-07&Format=XML&AccessKeyId=LTAIx"
                + "&SignatureVersion=1.0&SignatureNonce=n1&Timestamp=t&Signature=abc%3D&AggregatorId=ca-1",
                name -> null, null);
        Map<String, String> headers = Map.of("authorization", "ACS3-HMAC-SHA256 Credential=LTAIx,SignedHeaders=host,"
                + "Signature=" + "0f".repeat(32), "x-acs-action", "GetAggregator", "x-acs-version", "2020-09-07",
                "content-type", "application/x-www-form-urlencoded");
        WireCall v3 = WireCall.parse("/", name -> headers.get(name.toLowerCase(java.util.Locale.ROOT)),
                "AggregatorId=ca-1&Format=XML".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(Map.of("AggregatorId", "ca-1"), v1.parameters());
        assertEquals(v1.parameters(), v3.parameters());
        assertEquals(List.of("GetAggregator", "2020-09-07", "XML", "LTAIx"),
                List.of(v3.action(), v3.version(), v3.format(), v3.accessKeyId()));
        assertEquals("abc=", v1.signatureValue());
        assertEquals("0f".repeat(32), v3.signatureValue());
    }
}
