package io.configconformance.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the service answered to the call that a failing or differing check judged: its HTTP status, Code, Message and
 * RequestId, what a support ticket needs. Each value is masked ({@link #of}: by the run's secrets too) and kept on one
 * line when it is made; what is absent
 * (no Code in a success, no answer at all after a transport failure) is "none". It travels from the steps to the
 * reports as a Cucumber attachment, one "name: value" line per fact, so the Cucumber reports show it too.
 */
public record ServiceAnswer(String status, String code, String message, String requestId) {

    /** The name of the attachment that carries it from the steps to the reports. */
    public static final String ATTACHMENT = "service answer";
    public static final String NONE = "none";
    /** No answer was had (refused, reset, timed out), or the scenario judged none. */
    public static final ServiceAnswer NO_ANSWER = new ServiceAnswer(NONE, NONE, NONE, NONE);

    private static final List<String> NAMES = List.of("HTTP status", "Code", "Message", "RequestId");

    public ServiceAnswer {
        status = fact(status);
        code = fact(code);
        message = fact(message);
        requestId = fact(requestId);
    }

    /** The facts of an answer, masked of every secret the run sent (the patterns mask what else they find). */
    public static ServiceAnswer of(SentSecrets secrets, String status, String code, String message, String requestId) {
        return new ServiceAnswer(secrets.mask(status), secrets.mask(code), secrets.mask(message),
                secrets.mask(requestId));
    }

    /** The facts as a report may show them: secrets the patterns find masked, on one line, "none" when absent. */
    private static String fact(String value) {
        return value == null || value.isBlank() ? NONE : ServiceText.terminal(Redactor.redactPatterns(value.strip()));
    }

    /** The attachment's text: "HTTP status: 400", "Code: ...", "Message: ...", "RequestId: ...". */
    public String attachment() {
        List<String> values = values();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < NAMES.size(); i++) {
            text.append(NAMES.get(i)).append(": ").append(values.get(i)).append(i + 1 < NAMES.size() ? "\n" : "");
        }
        return text.toString();
    }

    /** Reads an attachment back; a fact it lacks is "none". */
    static ServiceAnswer parse(String attachment) {
        Map<String, String> facts = new LinkedHashMap<>();
        attachment.lines().forEach(line -> {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                facts.putIfAbsent(line.substring(0, colon), line.substring(colon + 2));
            }
        });
        return new ServiceAnswer(facts.get(NAMES.get(0)), facts.get(NAMES.get(1)), facts.get(NAMES.get(2)),
                facts.get(NAMES.get(3)));
    }

    private List<String> values() {
        return List.of(status, code, message, requestId);
    }

    /** "HTTP 403, Code NoPermission, Message "You are ...", RequestId 4C4F...": plain text, for any medium to escape. */
    public String oneLine() {
        return "HTTP " + status + ", Code " + code + ", Message " + (message.equals(NONE) ? NONE : "\"" + message + "\"")
                + ", RequestId " + requestId;
    }

    /** One fact per line of a table cell, each escaped for HTML. */
    String html() {
        List<String> values = values();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < NAMES.size(); i++) {
            cell.append(i == 0 ? "" : "<br>").append("<span class=\"answer-").append(i == 0 ? "status"
                    : NAMES.get(i).toLowerCase(java.util.Locale.ROOT)).append("\">").append(Html.escape(NAMES.get(i)))
                    .append(": ").append(Html.escape(values.get(i))).append("</span>");
        }
        return cell.toString();
    }

    /** The facts in one Markdown table cell, escaped. */
    String markdown() {
        return ServiceText.markdown(oneLine());
    }
}
