package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.ApiResponse;
import io.configconformance.report.DocumentedError;
import io.configconformance.report.Grade;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of the last call. Both steps also check the whole body against its schema (the operation's response
 * schema on success, the error envelope on failure) in the format that was asked for, so no scenario can skip it;
 * an error's Message is compared with the message of the page's error table.
 */
public final class ResponseSteps {

    private final Calls calls;
    private final ResponseReader reader;
    private final SchemaCheck schemas;
    private final Judge judge;

    public ResponseSteps(Calls calls, ResponseReader reader, SchemaCheck schemas, Judge judge) {
        this.calls = calls;
        this.reader = reader;
        this.schemas = schemas;
        this.judge = judge;
    }

    /** What a page states of a success is graded by the scenario; each field of the answer by what states it. */
    @Then("the call succeeds")
    public void theCallSucceeds() {
        ApiResponse response = calls.lastResponse();
        judge.checks().expect(Grade.PAGE, () -> schemas.assertIsAnApiAnswer(response)).endIfMissed().expect(() -> {
            // The message is built only on failure: reading Code from a body that is no envelope must not mask the check.
            assertTrue(response.isSuccess(), () -> response.describe() + ": expected a 2xx success, got HTTP "
                    + response.status() + " " + reader.all("Code") + ": " + reader.all("Message"));
        }).endIfMissed()
                .expect(() -> schemas.assertConformsToOperationSchema(response))
                .expect(Grade.PROTOCOL, calls::assertFreshRequestId).end();
    }

    /**
     * The code is the scenario's expectation; the status that goes with a documented code is its page row's, graded
     * by the row even where the scenario rests on an assumption; the envelope and the fresh RequestId are PROTOCOL.md's.
     */
    @Then("the call fails with HTTP status {int} and error code {string}")
    public void theCallFailsWith(int status, String code) {
        ApiResponse response = calls.lastResponse();
        Optional<DocumentedError> row = DocumentedError.find(response.action(), response.version().wireName(), code);
        Grade codeGrade = judge.grade().weakest(row.map(Grade::ofRow).orElse(Grade.PROTOCOL));
        Judge.Checks checks = judge.checks().expect(Grade.PAGE, () -> schemas.assertIsAnApiAnswer(response))
                .endIfMissed();
        boolean sameCode = List.of(code).equals(answeredCodes());
        checks.expect(sameCode ? row.map(Grade::ofRow).orElse(codeGrade) : codeGrade, () -> assertEquals(
                        status, response.status(), () -> response.describe() + ": HTTP status of a " + code
                        + " error (the body says " + bodyCode(response) + ")"))
                .expect(codeGrade, () -> reader.assertSingle("Code", code))
                .expect(Grade.PROTOCOL, () -> schemas.assertConformsToErrorEnvelope(response))
                .expect(Grade.PROTOCOL, calls::assertFreshRequestId).end();
        row.ifPresent(r -> compareMessage(r, reader.single("Message")));
    }

    private List<String> answeredCodes() {
        try {
            return reader.all("Code");
        } catch (IllegalArgumentException unreadable) {
            return List.of();
        }
    }

    /** A service may add detail after the page's message; a message that does not start with it is noted. */
    private void compareMessage(DocumentedError row, String message) {
        if (!message.startsWith(row.message())) {
            judge.observe("Message of " + row + " is not the message of page " + row.page().substring(0, 3)
                    + ": expected \"" + row.message() + "\", got \"" + message + "\"");
        }
    }

    private String bodyCode(ApiResponse response) {
        try {
            return String.valueOf(reader.all("Code"));
        } catch (IllegalArgumentException unreadable) {
            return "nothing readable: " + unreadable.getMessage();
        }
    }
}
