package io.configconformance.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a recording must hold, whatever the emulator answers: one exchange per request sent, and placeholders that
 * stand for one value each. Values are replaced by numbered placeholders ({@code {{AccountId-2}}}) so that recordings
 * compare across runs and accounts; a placeholder's number is given in order of first appearance, so a number skipped
 * or reused for a second value would show as a gap. Ids a request names (accounts, groups, folders) come from an
 * answer earlier in the same scenario; AccessKeyIds are not checked so, since a scenario may sign with a key the
 * service never issued (InvalidAccessKeyId.NotFound).
 */
final class RecordingContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)-(\\d+)(?::number)?}}");
    private static final Set<String> LEARNT_FROM_ANSWERS = Set.of("AccountId", "AggregatorId", "FolderId");
    private static final Pattern ACCOUNT_PATH = Pattern.compile("/accounts/[^/]+/");

    private RecordingContract() {
    }

    /** What is wrong with the placeholders of one recording file; empty when nothing is. */
    static List<String> placeholders(String recording) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> highest = new HashMap<>();
        Matcher all = PLACEHOLDER.matcher(recording);
        while (all.find()) {
            int number = Integer.parseInt(all.group(2));
            int before = highest.getOrDefault(all.group(1), 0);
            if (number > before + 1) {
                problems.add(all.group() + " appears before " + all.group(1) + "-" + (before + 1));
            }
            highest.put(all.group(1), Math.max(before, number));
        }
        Set<String> answered = new HashSet<>();
        for (JsonNode exchange : JSON.readTree(recording).path("exchanges")) {
            Matcher used = PLACEHOLDER.matcher(exchange.path("request").toString());
            while (used.find()) {
                if (LEARNT_FROM_ANSWERS.contains(used.group(1)) && !answered.contains(key(used))) {
                    problems.add("a request names " + used.group() + " before any answer gave it");
                }
            }
            Matcher given = PLACEHOLDER.matcher(exchange.path("response").toString());
            while (given.find()) {
                answered.add(key(given));
            }
        }
        return problems;
    }

    /** The exchanges of one recording file as {@link #sent} names them. */
    static List<String> exchanges(String recording) {
        List<String> exchanges = new ArrayList<>();
        for (JsonNode exchange : JSON.readTree(recording).path("exchanges")) {
            JsonNode request = exchange.path("request");
            exchanges.add(request.has("control") ? control(request.path("control").asString())
                    : request.path("action").asString() + " " + request.path("version").asString());
        }
        return exchanges;
    }

    /** A request as a service sees it, named as {@link #exchanges} names it: a control call or an operation. */
    static String sent(String method, String path, String action, String version) {
        return path.startsWith("/__emulator/") ? control(method + " " + path.replaceAll("\\?.*", ""))
                : action + " " + version;
    }

    private static String control(String call) {
        return ACCOUNT_PATH.matcher(call).replaceAll("/accounts/*/");
    }

    private static String key(Matcher placeholder) {
        return placeholder.group(1) + "-" + placeholder.group(2);
    }
}
