package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.fail;

import io.configconformance.client.ApiResponse;
import io.configconformance.report.Grade;
import io.configconformance.report.Miss;
import io.configconformance.suite.RunContext;
import io.configconformance.validation.ResponseSchemas;
import io.configconformance.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a response body against the schema for its operation, version and format (schemas/json, schemas/xml).
 * Documented fields are always required and typed; a field the schema does not list is a failure against the
 * emulator and an observation against a real service ({@link Judge#observe}). The compiled schemas are the run's
 * ({@link RunContext#schemas()}), shared by its scenarios.
 */
public final class SchemaCheck {

    private static final Pattern TITLE = Pattern.compile("(?is)<title>(.*?)</title>");

    private final Judge judge;
    private final ResponseSchemas schemas;

    /** A scenario's check, with the run's compiled schemas. */
    public SchemaCheck(Judge judge) {
        this(judge, RunContext.current().schemas());
    }

    /** A check outside any run (not public: the glue's container sees only the run's constructor). */
    SchemaCheck(Judge judge, ResponseSchemas schemas) {
        this.judge = judge;
        this.schemas = schemas;
    }

    /**
     * Fails at once, saying so, when the answer is no Cloud Config answer at all: an empty body, or an HTML page from
     * a proxy or load balancer in front of the endpoint.
     */
    public void assertIsAnApiAnswer(ApiResponse response) {
        String body = response.body().strip();
        if (body.isEmpty()) {
            fail(response.describe() + ": HTTP " + response.status() + " with an empty body, not a Cloud Config answer");
        }
        String start = body.substring(0, Math.min(body.length(), 200)).toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")
                || response.header("Content-Type").orElse("").toLowerCase(Locale.ROOT).startsWith("text/html")) {
            Matcher title = TITLE.matcher(body);
            fail(response.describe() + ": HTTP " + response.status() + " with an HTML page"
                    + (title.find() ? " titled '" + title.group(1).strip() + "'" : "") + ", not a Cloud Config answer");
        }
    }

    public void assertConformsToOperationSchema(ApiResponse response) {
        check(response, schemas.ofOperation(response.format(), response.version().wireName(), response.action(),
                response.body()), false);
    }

    /** The envelope's shape is PROTOCOL.md's, so a miss in it is graded as assumption A7. */
    public void assertConformsToErrorEnvelope(ApiResponse response) {
        check(response, schemas.ofErrorEnvelope(response.format(), response.body()), true);
    }

    /** Fails naming every broken field; each is graded by what states it ({@link SchemaGrades}). */
    private void check(ApiResponse response, List<Violation> violations, boolean envelope) {
        List<Violation> broken = judge.strict() ? violations
                : violations.stream().filter(v -> !v.undocumented()).toList();
        if (!broken.isEmpty()) {
            String where = response.describe() + " does not conform to its schema";
            throw new GradedMisses(where + ":\n  " + broken.stream().map(Violation::toString)
                    .collect(Collectors.joining("\n  ")), broken.stream().map(v -> new Miss(envelope
                    ? Grade.PROTOCOL : SchemaGrades.of(response, v), where + " at " + v)).toList());
        }
        violations.stream().filter(Violation::undocumented).forEach(v -> judge.observe("undocumented field `"
                + v.location() + "` in " + response.describe()));
    }
}
