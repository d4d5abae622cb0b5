package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.ApiResponse;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.report.SentSecrets;
import io.configconformance.report.ServiceAnswer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The matrix shows what the service answered to the check that missed, read from JSON, XML or what there is. */
class JudgedAnswerTest {

    private static ApiResponse answer(int status, ResponseFormat format, String body, String... requestIdHeader) {
        return new ApiResponse("CreateAggregator", ApiVersion.V2020_09_07, status, requestIdHeader.length == 0
                ? Map.of() : Map.of("x-acs-request-id", List.of(requestIdHeader)), body, format);
    }

    private static ServiceAnswer of(ApiResponse response) {
        return JudgedAnswer.of(response, new SentSecrets());
    }

    @Test
    void theFactsOfAnErrorAnswerInJsonAndXml() {
        assertEquals(new ServiceAnswer("400", "NameDuplicated", "The name is taken.", "4C4F-1"),
                of(answer(400, ResponseFormat.JSON, "{\"RequestId\":\"4C4F-1\",\"HostId\":\"h\","
                        + "\"Code\":\"NameDuplicated\",\"Message\":\"The name is taken.\"}")));
        assertEquals(new ServiceAnswer("403", "NoPermission", "No.", "4C4F-2"),
                of(answer(403, ResponseFormat.XML, "<?xml version=\"1.0\"?><Error><RequestId>4C4F-2"
                        + "</RequestId><Code>NoPermission</Code><Message>No.</Message></Error>")));
    }

    @Test
    void anUnreadableBodyHasNoCodeAndItsRequestIdMayBeInAHeader() {
        assertEquals(new ServiceAnswer("502", null, null, "4C4F-3"),
                of(answer(502, ResponseFormat.JSON, "<html>Bad Gateway</html>", "4C4F-3")));
        assertEquals("HTTP 502, Code none, Message none, RequestId none",
                of(answer(502, ResponseFormat.JSON, "")).oneLine());
    }

    @Test
    void theAnswerAFirstMissReadIsShownNotALaterCleanupAnswer() {
        JudgedAnswer answers = new JudgedAnswer(new SentSecrets());
        answers.answered(answer(400, ResponseFormat.JSON, "{\"RequestId\":\"judged\",\"Code\":\"X\"}"));
        answers.missed();
        answers.answered(answer(200, ResponseFormat.JSON, "{\"RequestId\":\"cleanup\"}"));
        answers.missed();
        assertEquals("judged", answers.shown(false).orElseThrow().requestId());
    }

    @Test
    void aPassedScenarioShowsNothingAndAFailureWithoutAnAnswerShowsNone() {
        JudgedAnswer answers = new JudgedAnswer(new SentSecrets());
        answers.answered(answer(200, ResponseFormat.JSON, "{\"RequestId\":\"ok\"}"));
        assertEquals(Optional.empty(), answers.shown(false));
        answers.noAnswer();
        assertEquals(Optional.of(ServiceAnswer.NO_ANSWER), answers.shown(true), "a transport failure has no RequestId");
        answers.answered(answer(200, ResponseFormat.JSON, "{\"RequestId\":\"last\"}"));
        assertTrue(answers.shown(true).orElseThrow().requestId().equals("last"));
    }

    @Test
    void aSecretOfTheRunTheServiceEchoesInAnyFormIsMaskedInTheFacts() {
        SentSecrets run = new SentSecrets();
        String signature = "mR0/signature+OfThisRun=";
        run.keepRecent(signature);
        String base64 = java.util.Base64.getEncoder().encodeToString(signature.getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        ServiceAnswer shown = JudgedAnswer.of(answer(400, ResponseFormat.JSON, "{\"RequestId\":\"4C4F-5\","
                + "\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"expected " + base64 + "\"}"), run);
        assertEquals("expected ****", shown.message());
        assertEquals("expected " + base64, of(answer(400, ResponseFormat.JSON, "{\"Message\":\"expected " + base64
                + "\"}")).message(), "another run's registry holds no such value, and no pattern finds it");
    }
}
