package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.fail;

import io.configconformance.client.ApiResponse;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.report.Grade;
import io.configconformance.report.Miss;
import io.configconformance.validation.JsonSchemaValidator;
import io.configconformance.validation.SchemaLocations;
import io.configconformance.validation.Violation;
import io.configconformance.validation.XmlSchemaValidator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a response body against the schema for its operation, version and format (schemas/json, schemas/xml).
 * Documented fields are always required and typed; a field the schema does not list is a failure against the
 * emulator and an observation against a real service ({@link Judge#observe}). The validators cache compiled schemas,
 * so they are shared by every scenario of the JVM.
 */
public final class SchemaCheck {

    private static final JsonSchemaValidator JSON = new JsonSchemaValidator();
    private static final XmlSchemaValidator XML = new XmlSchemaValidator();
    private static final Pattern TITLE = Pattern.compile("(?is)<title>(.*?)</title>");

    private final Judge judge;

    public SchemaCheck(Judge judge) {
        this.judge = judge;
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
        String version = response.version().wireName();
        check(response, response.format() == ResponseFormat.XML
                ? XML.validate(SchemaLocations.xml(version, response.action()), response.body())
                : JSON.validate(SchemaLocations.json(version, response.action()), response.body()), false);
    }

    /** The envelope's shape is PROTOCOL.md's, so a miss in it is graded as assumption A7. */
    public void assertConformsToErrorEnvelope(ApiResponse response) {
        check(response, response.format() == ResponseFormat.XML
                ? XML.validate(SchemaLocations.XML_ERROR, response.body())
                : JSON.validate(SchemaLocations.JSON_ERROR, response.body()), true);
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
