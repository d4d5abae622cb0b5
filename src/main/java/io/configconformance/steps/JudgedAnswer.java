package io.configconformance.steps;

import io.configconformance.client.ApiResponse;
import io.configconformance.report.SentSecrets;
import io.configconformance.report.ServiceAnswer;
import io.configconformance.validation.ResponseFields;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The answer the scenario's checks read, kept for the reports: the first miss takes the answer it judged, so the
 * matrix shows what the service said to the failing or differing check (its status, Code, Message and RequestId), not
 * what a cleanup call was answered later. After a transport failure there is no answer, and every fact is "none".
 */
final class JudgedAnswer {

    private final SentSecrets secrets;
    private ApiResponse last;
    private ServiceAnswer judged;

    /** @param secrets the run's: the facts shown are masked of them */
    JudgedAnswer(SentSecrets secrets) {
        this.secrets = secrets;
    }

    void answered(ApiResponse response) {
        last = response;
    }

    /** The call was sent and no usable answer came back. */
    void noAnswer() {
        last = null;
    }

    /** A check missed: the answer it read is the one the reports show. */
    void missed() {
        if (judged == null) {
            judged = of(last, secrets);
        }
    }

    /** Attaches the answer to a scenario that failed or missed a check; a failure outside a check shows the last one. */
    void attachTo(Scenario scenario) {
        shown(scenario.isFailed()).ifPresent(answer -> scenario.attach(
                answer.attachment().getBytes(StandardCharsets.UTF_8), "text/plain", ServiceAnswer.ATTACHMENT));
    }

    /** The answer the reports show: the one a check missed on, else the last one of a failed scenario, else none. */
    Optional<ServiceAnswer> shown(boolean failed) {
        return judged != null ? Optional.of(judged) : failed ? Optional.of(of(last, secrets)) : Optional.empty();
    }

    /**
     * The facts of an answer, masked of the run's secrets; an unreadable body has no Code or Message, and its
     * RequestId may be in a header.
     */
    static ServiceAnswer of(ApiResponse response, SentSecrets secrets) {
        if (response == null) {
            return ServiceAnswer.NO_ANSWER;
        }
        List<String> code = List.of();
        List<String> message = List.of();
        List<String> requestId = List.of();
        try {
            ResponseFields.Parsed fields = ResponseFields.parse(response.format(), response.body());
            code = fields.values("Code");
            message = fields.values("Message");
            requestId = fields.values("RequestId");
        } catch (IllegalArgumentException unreadable) {
            // an HTML error page or a cut body: the status and the header say what there is to say
        }
        return ServiceAnswer.of(secrets, String.valueOf(response.status()), first(code), first(message),
                requestId.isEmpty() ? response.header("x-acs-request-id").orElse(null) : requestId.get(0));
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}
