package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import io.configconformance.suite.ChangingProxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plausible real services, each the emulator with its default timings behind a proxy without the control API, so
 * {@code run} verifies it as a real endpoint: the jar's process where the claim is its exit status or its whole
 * console, run's command line in this JVM where it is what the run reports. What a real service may do without breaking the
 * pages passes with observations; an answer that differs only where an assumption speaks is DIFFERS, naming the entry,
 * and the process exits 0 (1 with --strict); an answer that breaks uncontested page text fails the run (exit 1).
 */
class PlausibleServicesIT {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String OTHER_HOST = "config.cn-shanghai.aliyuncs.com";

    @Test
    void aServiceWithBenignDifferencesPassesWithObservations() throws Exception {
        Path reports = Path.of("target", "it-reports", "benign-service");
        try (ServiceStage service = new ServiceStage("benign", PlausibleServicesIT::benign)) {
            JarProcess.Result run = inThisJvm(service, reports, "(@UpdateAggregator and not @error) or @NoPermission"
                    + " or (@StartConfigurationRecorder and @v2019-01-08 and not @error) or @Invalid.AggregatorId.Value");
            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.stdout().contains(" 0 failed, ") && run.stdout().contains(" 0 differ."), run.toString());
            String matrix = Files.readString(reports.resolve("conformance-matrix.md"));
            assertTrue(matrix.contains("## Observations"), matrix);
            // service text in a cell is escaped for Markdown: the field name's code span is shown, not rendered
            assertTrue(matrix.contains("undocumented field \\`/ServiceAddedField\\` in GetAggregator 2020-09-07 (JSON)"),
                    matrix);
            assertTrue(matrix.matches("(?s).*undocumented field \\\\`\\d+:\\d+ /StartConfigurationRecorderResponse/"
                    + "ServiceAddedField\\\\` in StartConfigurationRecorder 2019-01-08 \\(XML\\).*"), matrix);
            assertTrue(matrix.contains("Message of UpdateAggregator 2020-09-07 400 Invalid.AggregatorId.Value is not"
                    + " the message of page 003"), matrix);
        }
    }

    @Test
    void aServiceThatDiffersWhereOnlyAnAssumptionSpeaksIsDiffersNamingTheEntry() throws Exception {
        Path reports = Path.of("target", "it-reports", "assumption-service");
        BiFunction<Request, Response, Response> change = body(b -> b.replace("InvalidParameter",
                "InvalidClientToken.Malformed"));
        try (ServiceStage service = new ServiceStage("assumption", change)) {
            String tags = "@CreateAggregator and @InvalidParameter and @assumption-A22";
            JarProcess.Result run = run(service, reports, tags);
            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.stdout().contains("\n0 passed, 0 failed, 0 skipped, 2 differ."),
                    run.toString());
            assertTrue(run.stdout().contains("DIFFERS CreateAggregator") && run.stdout().contains(
                    "the service differs from assumption A22: CreateAggregator 2020-09-07 (JSON): Code: expected"
                            + " InvalidParameter, got [InvalidClientToken.Malformed]"), run.toString());
            String matrix = Files.readString(reports.resolve("conformance-matrix.md"));
            assertTrue(matrix.contains("| assumption (A22) | differs | DIFFERS: the service differs from assumption A22"),
                    matrix);
            String junit = Files.readString(reports.resolve("cucumber-junit.xml"));
            assertTrue(junit.contains("<skipped message=\"DIFFERS: the service differs from assumption A22"), junit);
            assertEquals(1, run(service, reports, tags, "--strict").exitCode(), "--strict fails on DIFFERS");
        }
    }

    @Test
    void aServiceThatBreaksUncontestedPageTextFails() throws Exception {
        Path reports = Path.of("target", "it-reports", "broken-service");
        BiFunction<Request, Response, Response> change = (request, response) ->
                response.getBodyAsString().contains("NoPermission")
                        ? ChangingProxy.replace(response, 403, response.getBodyAsString()) : response;
        try (ServiceStage service = new ServiceStage("broken", change)) {
            JarProcess.Result run = run(service, reports, "@NoPermission and @PutConfigurationRecorder");
            assertEquals(1, run.exitCode(), run.toString());
            assertTrue(run.stdout().contains(" 2 failed, ") && run.stdout().contains(" 0 differ."), run.toString());
            assertTrue(run.stdout().contains("expected: <400> but was: <403>"), run.toString());
        }
    }

    /**
     * A service whose recorder deployments never end costs the run one wait per account, not one per scenario: the
     * first wait runs out after --resource-wait, every later wait on the same account fails at once naming it.
     */
    @Test
    void aServiceWhoseDeploymentsNeverEndCostsOneWaitPerAccount() throws Exception {
        Path reports = Path.of("target", "it-reports", "never-deployed-service");
        BiFunction<Request, Response, Response> change = body(b -> b
                .replace("\"ConfigurationRecorderStatus\":\"REGISTERED\"", "\"ConfigurationRecorderStatus\":\"BUILDING\"")
                .replace(">REGISTERED</ConfigurationRecorderStatus>", ">BUILDING</ConfigurationRecorderStatus>"));
        try (ServiceStage service = new ServiceStage("never-deployed", change)) {
            JarProcess.Result run = inThisJvm(service, reports,
                    "@StartConfigurationRecorder or @PutConfigurationRecorder", "--resource-wait", "3");
            assertEquals(1, run.exitCode(), run.toString());
            String matrix = Files.readString(reports.resolve("conformance-matrix.md"));
            int ranOut = count(matrix, "waited 3 s for ConfigurationRecorderStatus to leave BUILDING and REBUILDING;"
                    + " still BUILDING (run --resource-wait SECONDS sets the limit)");
            int endedAtOnce = count(matrix, "did not wait for ConfigurationRecorderStatus to leave BUILDING and"
                    + " REBUILDING: a wait of the same kind on this account ran out before (\"");
            assertTrue(ranOut >= 1 && ranOut <= 2, "one wait runs out per account (individual, management): " + matrix);
            assertTrue(endedAtOnce >= 3, "the later waits end at once: " + matrix);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aPageThatEchoesTheSignedUrlInEveryEncodingLeaksNoSignature() throws Exception {
        Path reports = Path.of("target", "it-reports", "echoing-service");
        List<String> signatures = java.util.Collections.synchronizedList(new ArrayList<>());
        BiFunction<Request, Response, Response> echo = (request, response) -> {
            String url = request.getUrl();
            ChangingProxy.signature(request).ifPresent(signatures::add);
            String encoded = java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8);
            return ChangingProxy.replace(response, 502, "<html><title>Bad Gateway: " + url.replace("&", "&amp;")
                    + "</title><a href=\""
                    + url.replace("&", "&amp;") + "\">retry</a> <script>var u=\"" + url.replace("&", "\\u0026")
                    + "\";</script> <a href=\"/login?next=" + encoded + "\">sign in</a></html>");
        };
        try (ServiceStage service = new ServiceStage("echoing", echo)) {
            JarProcess.Result run = run(service, reports, "@NoPermission and @PutConfigurationRecorder");
            assertEquals(1, run.exitCode(), run.toString());
            assertTrue(run.stdout().contains("with an HTML page titled 'Bad Gateway: /?"), run.toString());
            assertTrue(signatures.size() >= 2, "the pages echoed signed URLs: " + signatures);
            List<String> leaks = new ArrayList<>();
            try (java.util.stream.Stream<Path> files = Files.walk(reports)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file);
                    leaks.addAll(leaked(file.toString(), text, signatures));
                    leaks.addAll(leaked(file + " (an attachment)", attachments(text), signatures));
                }
            }
            leaks.addAll(leaked("the console", run.stdout() + run.stderr(), signatures));
            assertEquals(List.of(), leaks);
        }
    }

    /** The attachments of a Cucumber report (the last exchange of a failed scenario), which it holds in base64. */
    private static String attachments(String report) {
        StringBuilder decoded = new StringBuilder();
        java.util.regex.Matcher data = java.util.regex.Pattern.compile("\"(?:data|body)\":\"([A-Za-z0-9+/=]{40,})\"")
                .matcher(report);
        while (data.find()) {
            try {
                decoded.append(new String(java.util.Base64.getDecoder().decode(data.group(1)),
                        java.nio.charset.StandardCharsets.UTF_8)).append('\n');
            } catch (IllegalArgumentException notBase64) {
                decoded.append(data.group(1)).append('\n');
            }
        }
        return decoded.toString();
    }

    /** Where a signature appears in the text as sent, percent-encoded once or twice. */
    private static List<String> leaked(String where, String text, List<String> signatures) {
        List<String> found = new ArrayList<>();
        for (String signature : signatures) {
            String once = java.net.URLEncoder.encode(signature, java.nio.charset.StandardCharsets.UTF_8);
            String twice = java.net.URLEncoder.encode(once, java.nio.charset.StandardCharsets.UTF_8);
            for (String form : List.of(signature, once, twice)) {
                if (text.contains(form)) {
                    found.add(where + " holds a signature (" + form + ")");
                }
            }
        }
        return found;
    }

    /** The jar's process: for exit statuses and the whole console. */
    private static JarProcess.Result run(ServiceStage service, Path reports, String tags, String... more)
            throws Exception {
        return JarProcess.run(600, arguments(service, reports, tags, more));
    }

    /** run's command line in this JVM: for what the run reports. */
    private static JarProcess.Result inThisJvm(ServiceStage service, Path reports, String tags, String... more) {
        return CommandInThisJvm.run(arguments(service, reports, tags, more));
    }

    private static String[] arguments(ServiceStage service, Path reports, String tags, String... more) {
        List<String> arguments = new ArrayList<>(List.of("run", "--endpoint", service.endpoint(), "--credentials",
                service.roles().toString(), "--allow-mutating", "--reports", reports.toString(), "--tags", tags));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    /**
     * What a real service may well do: fields the pages do not list, keys in another order, pretty-printed JSON and
     * XML, its own HostId and its own wording of error messages.
     */
    private static Response benign(Request request, Response response) {
        String body = response.getBodyAsString();
        if (body.startsWith("{")) {
            JsonNode tree = JSON.readTree(body);
            if (response.getStatus() >= 400) {
                ((ObjectNode) tree).put("HostId", OTHER_HOST).put("Message", "Request denied by the service.");
            }
            return ChangingProxy.replace(response, response.getStatus(), JSON.writeValueAsString(
                    reordered(tree, response.getStatus() < 400)));
        }
        if (response.getStatus() >= 400) {
            body = body.replaceAll("<HostId>[^<]*</HostId>", "<HostId>" + OTHER_HOST + "</HostId>")
                    .replaceAll("<Message>[^<]*</Message>", "<Message>Request denied by the service.</Message>");
        } else {
            body = body.replaceFirst("(<[A-Za-z]+Response>)", "$1<ServiceAddedField>1</ServiceAddedField>");
        }
        return ChangingProxy.replace(response, response.getStatus(), body.replace("><", ">\n  <"));
    }

    /** The same tree with every object's keys in reverse order, and a field of the service's own at the top. */
    private static JsonNode reordered(JsonNode node, boolean addField) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        if (addField) {
            copy.put("ServiceAddedField", 1);
        }
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
        java.util.Collections.reverse(fields);
        fields.forEach(field -> copy.set(field.getKey(), field.getValue().isArray()
                ? field.getValue() : reordered(field.getValue(), false)));
        return copy;
    }

    private static BiFunction<Request, Response, Response> body(java.util.function.UnaryOperator<String> change) {
        return (request, response) -> ChangingProxy.replace(response, response.getStatus(),
                change.apply(response.getBodyAsString()));
    }
}
