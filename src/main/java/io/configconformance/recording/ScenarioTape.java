package io.configconformance.recording;

import io.configconformance.report.SentSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exchanges of one scenario as they went over the wire, in order, kept until the scenario ends and only then
 * turned into its recording, so that placeholders are numbered by the scenario's own order. Polling for a resource to
 * settle keeps only the answer that ended the wait: how many polls that took depends on the machine, what it ended
 * with does not.
 */
final class ScenarioTape {

    private static final Pattern XML_LEAF = Pattern.compile("<([A-Za-z][\\w.-]*)>([^<]*)</\\1>");

    /** An API exchange ({@code call} set) or a control-API one ({@code method}, {@code path}). */
    private record Raw(WireCall call, String method, String path, String requestBody, int status,
                       Map<String, List<String>> headers, String body) {
    }

    private final String scenarioId;
    private final String feature;
    private final String name;
    private final List<Raw> exchanges = new ArrayList<>();
    private int pollStart = -1;

    ScenarioTape(String scenarioId, String feature, String name) {
        this.scenarioId = scenarioId;
        this.feature = feature;
        this.name = name;
    }

    String scenarioId() {
        return scenarioId;
    }

    void api(WireCall call, int status, Map<String, List<String>> headers, String body) {
        exchanges.add(new Raw(call, null, null, null, status, headers, body));
    }

    void control(String method, String path, String requestBody, int status, Map<String, List<String>> headers,
                 String body) {
        exchanges.add(new Raw(null, method, path, requestBody, status, headers, body));
    }

    void pollStarted() {
        pollStart = exchanges.size();
    }

    void pollEnded() {
        if (pollStart >= 0 && exchanges.size() - pollStart > 1) {
            exchanges.subList(pollStart, exchanges.size() - 1).clear();
        }
        pollStart = -1;
    }

    boolean isEmpty() {
        return exchanges.isEmpty();
    }

    /** The scenario's recording: every exchange with its volatile values replaced by placeholders. */
    ObjectNode recording(SentSecrets secrets) {
        Placeholders placeholders = new Placeholders(secrets);
        Substitution substitution = new Substitution() {
            @Override
            public String text(String text) {
                return placeholders.apply(text);
            }

            @Override
            public String number(String numeral) {
                String placeholder = placeholders.of(numeral);
                return placeholder == null || !placeholder.startsWith("{{") ? placeholder
                        : Substitution.numberPlaceholder(placeholder);
            }
        };
        ObjectNode recording = JsonNodeFactory.instance.objectNode();
        recording.put("feature", feature);
        recording.put("scenario", name);
        ArrayNode list = recording.putArray("exchanges");
        for (Raw raw : exchanges) {
            if (raw.call() != null) {
                placeholders.register("AccessKeyId", raw.call().accessKeyId());
                placeholders.register("Nonce", raw.call().nonce());
                placeholders.register("Date", raw.call().date());
                placeholders.register("secret", raw.call().signatureValue());
                placeholders.register("secret", raw.call().securityToken());
            }
            registerAnswer(placeholders, raw);
            ObjectNode exchange = list.addObject();
            exchange.set("request", raw.call() != null ? ExchangeNodes.apiRequest(raw.call(), substitution)
                    : ExchangeNodes.controlRequest(raw.method(), raw.path(), raw.requestBody(), substitution));
            exchange.set("response", ExchangeNodes.response(raw.status(), raw.headers(), raw.body(), substitution,
                    raw.call() == null));
        }
        return recording;
    }

    private static void registerAnswer(Placeholders placeholders, Raw raw) {
        raw.headers().forEach((header, values) -> {
            if (header.equalsIgnoreCase("x-acs-request-id") && !values.isEmpty()) {
                placeholders.register("RequestId", values.get(0));
            }
        });
        String body = raw.body() == null ? "" : raw.body().strip();
        if (body.startsWith("{") || body.startsWith("[")) {
            try {
                registerJson(placeholders, null, RecordingFiles.JSON.readTree(body));
                return;
            } catch (JacksonException notJson) {
                // read as text below
            }
        }
        Matcher leaf = XML_LEAF.matcher(body);
        while (leaf.find()) {
            String kind = Placeholders.kindOfField(leaf.group(1));
            if (kind != null) {
                placeholders.register(kind, leaf.group(2));
            }
        }
    }

    private static void registerJson(Placeholders placeholders, String field, JsonNode node) {
        if (node.isObject()) {
            node.properties().forEach(entry -> registerJson(placeholders, entry.getKey(), entry.getValue()));
        } else if (node.isArray()) {
            node.forEach(item -> registerJson(placeholders, field, item));
        } else if (field != null && node.isValueNode() && !node.isNull()) {
            String kind = Placeholders.kindOfField(field);
            if (kind != null) {
                placeholders.register(kind, node.isString() ? node.asString() : node.toString());
            }
        }
    }
}
