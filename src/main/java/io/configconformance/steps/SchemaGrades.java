package io.configconformance.steps;

import io.configconformance.client.ApiResponse;
import io.configconformance.report.Grade;
import io.configconformance.validation.Violation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grade of one field a success answer breaks. A field of a reference page's response table is the page's; the
 * schemas' stricter readings are graded by the entry that records them: the RequestId format (PROTOCOL.md, A7),
 * AccountId as a number where the page's own samples send a string (E1 for StartConfigurationRecorder 2019-01-08, E3
 * for PutConfigurationRecorder), OrganizationMasterId (E2) and the AggregatorId pattern taken from masked samples
 * (E7). An answer of an operation no page covers is the SDK models' (A32). The schemas stay as strict as they are.
 */
final class SchemaGrades {

    private static final Pattern LAST_NAME = Pattern.compile("/([A-Za-z]+)(?:\\[\\d+\\])?/?$");

    private SchemaGrades() {
    }

    static Grade of(ApiResponse response, Violation violation) {
        if (!Judge.hasPage(response.action(), response.version().wireName())) {
            return Grade.SDK_MODEL;
        }
        String field = field(violation.location());
        boolean missing = violation.message().contains("required") || violation.message().contains("not complete");
        if (field.equals("RequestId") && !missing) {
            return Grade.PROTOCOL;
        }
        if (field.equals("AccountId") && !missing && response.action().equals("StartConfigurationRecorder")) {
            return Grade.contested("E1");
        }
        if (field.equals("AccountId") && !missing && response.action().equals("PutConfigurationRecorder")) {
            return Grade.contested("E3");
        }
        if (field.equals("OrganizationMasterId")) {
            return Grade.contested("E2");
        }
        if (field.startsWith("AggregatorId") && violation.message().contains("pattern")) {
            return Grade.contested("E7");
        }
        return Grade.PAGE;
    }

    /** The name of the field a location ends at: a JSON Pointer, or an XML violation's element path. */
    static String field(String location) {
        Matcher name = LAST_NAME.matcher(location.replaceAll("/\\d+$", ""));
        return name.find() ? name.group(1) : "";
    }
}
