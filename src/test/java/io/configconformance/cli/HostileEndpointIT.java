package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import io.configconformance.suite.ChangingProxy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hostile stand-in endpoint: every error answer carries markup, terminal escapes, a lone surrogate (as a valid JSON
 * escape), a field named in Markdown, and echoes the signature of the request and every AccessKeySecret of the role
 * file in each form a service could (as sent, percent-encoded once and twice, HTML references, JSON escapes, base64,
 * hex). Run in a 256 MiB heap, the suite renders none of it, writes every report well-formed and leaks no secret.
 * (The bounds on an answer's size and on a slow start-up probe are BoundedAnswersTest's.)
 */
class HostileEndpointIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARKUP = "![x](http://evil.example/pixel.png) <img src=x> [link](http://evil.example/"
            + "phish) <details open> www.evil.example \u001b[2J\u001b]0;title\u0007\u001b]8;;http://evil.example"
            + "\u001b\\\\ nul\u0000";

    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();

    @Test
    void whatAHostileServiceSaysStaysDataAndNoSecretLeaks() throws Exception {
        Path reports = Path.of("target", "it-reports", "hostile-service");
        try (ServiceStage service = new ServiceStage("hostile", this::hostile)) {
            secrets.addAll(service.secrets());
            long started = System.nanoTime();
            JarProcess.Result run = JarProcess.run(300, List.of("-Xmx256m"), "run", "--endpoint", service.endpoint(),
                    "--credentials", service.roles().toString(), "--allow-mutating", "--reports", reports.toString(), "--tags",
                    "@Invalid.AggregatorId.Value", "--read-timeout", "10");
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            // failed or differs, as the scenarios' evidence has it: the verdicts are not what this test is about
            assertTrue(run.exitCode() <= 1, run.toString());
            assertTrue(seconds < 120, "the run took " + seconds + " s");
            assertFalse(run.stderr().contains("\tat "), "no stack trace: " + run);
            for (char control : new char[] {'\u001b', '\u0007', '\u0000'}) {
                assertFalse(run.stdout().indexOf(control) >= 0, "stdout holds " + (int) control + ": " + run);
            }
            assertMarkdownRendersNothingFromTheService(reports.resolve("conformance-matrix.md"));
            assertEveryReportIsWrittenAndWellFormed(reports);
            List<String> leaks = new ArrayList<>(leaks("stdout", run.stdout()));
            leaks.addAll(leaks("stderr", run.stderr()));
            try (Stream<Path> files = Files.walk(reports)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    leaks.addAll(leaks(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
            assertFalse(signatures.isEmpty(), "the service echoed the signatures it was sent");
            assertEquals(List.of(), leaks);
        }
    }

    /**
     * `sweep` against a service that lists a user's group under a hostile name echoing every secret it was sent: the
     * group is kept, and what sweep prints of it is one line of data with no secret.
     */
    @Test
    void whatAHostileServiceNamesAGroupStaysDataInSweepsLines() throws Exception {
        try (ServiceStage service = new ServiceStage("hostile-names", this::hostileNames)) {
            secrets.addAll(service.secrets());
            service.managementBehindTheProxy().createAggregator(io.configconformance.client.AggregatorRequest
                    .create("Production_Group", "CUSTOM").withDescription("the team's own")
                    .withAccounts("[{\"AccountId\":" + service.lastMember().accountId()
                            + ",\"AccountType\":\"ResourceDirectory\"}]"));
            JarProcess.Result sweep = JarProcess.run(120, "sweep", "--endpoint", service.endpoint(), "--credentials",
                    service.roles().toString());
            assertEquals(0, sweep.exitCode(), sweep.toString());
            String console = sweep.stdout() + sweep.stderr();
            for (char control : new char[] {'\u001b', '\u0007', '\u0000'}) {
                assertFalse(console.indexOf(control) >= 0, "sweep printed " + (int) control + ": " + sweep);
            }
            List<String> lines = console.lines().toList();
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("kept ca-") && line.contains("evil.example")
                    && line.contains("\\x1b[2J")), sweep.toString());
            assertEquals(1, lines.stream().filter(line -> line.startsWith("sweep: ")).count(), sweep.toString());
            assertFalse(signatures.isEmpty(), "the service echoed the signatures it was sent");
            assertEquals(List.of(), leaks("sweep", console));
        }
    }

    /** The user's group listed under a name of markup, escapes and every secret the request carried, in every form. */
    private Response hostileNames(Request request, Response response) {
        String body = response.getBodyAsString();
        if (!body.contains("\"AggregatorName\":\"Production_Group\"")) {
            return response;
        }
        List<String> echoed = new ArrayList<>(secrets);
        ChangingProxy.signature(request).ifPresent(signature -> {
            echoed.add(signature);
            signatures.add(signature);
        });
        StringBuilder name = new StringBuilder("Production_Group ").append(MARKUP).append("\nsweep: 0 leftover");
        for (String secret : echoed) {
            for (String form : forms(secret)) {
                name.append(' ').append(form);
            }
        }
        String quoted = JSON.writeValueAsString(name.toString());
        return ChangingProxy.replace(response, response.getStatus(),
                body.replace("\"AggregatorName\":\"Production_Group\"", "\"AggregatorName\":" + quoted));
    }

    private static void assertMarkdownRendersNothingFromTheService(Path matrix) throws Exception {
        List<Extension> tables = List.of(TablesExtension.create());
        String html = HtmlRenderer.builder().extensions(tables).build()
                .render(Parser.builder().extensions(tables).build().parse(Files.readString(matrix)));
        assertTrue(html.contains("evil.example"), "the service's text is in the matrix: " + html);
        for (String rendered : List.of("<img", "<a href=\"http://evil", "<details", "\u001b")) {
            assertFalse(html.contains(rendered), rendered + " rendered:\n" + html);
        }
    }

    private static void assertEveryReportIsWrittenAndWellFormed(Path reports) throws Exception {
        for (String report : ReportCheck.REPORTS) {
            assertTrue(Files.size(reports.resolve(report)) > 0, report + " is empty");
        }
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                Files.readAllBytes(reports.resolve("cucumber-junit.xml"))));
        JSON.readTree(Files.readString(reports.resolve("cucumber.json")));
        for (String line : Files.readAllLines(reports.resolve("cucumber-messages.ndjson"))) {
            JSON.readTree(line);
        }
        String matrix = Files.readString(reports.resolve("conformance-matrix.html"));
        assertTrue(matrix.contains("Surr\\ud800Code"), "the lone surrogate is shown as its escape");
        // the service's markup is text in the HTML matrix: escaped where it is shown, never an element
        assertTrue(matrix.contains("&lt;img src=x&gt;"), "the service's text is in the HTML matrix");
        for (String element : List.of("<img src=x>", "<details open> www", "<a href=\"http://evil", "\u001b")) {
            assertFalse(matrix.contains(element), element + " in conformance-matrix.html");
        }
    }

    /** Every error answer, made hostile; successes pass, so that the scenarios reach their error calls. */
    private Response hostile(Request request, Response response) {
        if (response.getStatus() < 400 || !response.getBodyAsString().startsWith("{")) {
            return response;
        }
        List<String> echoed = new ArrayList<>(secrets);
        ChangingProxy.signature(request).ifPresent(signature -> {
            echoed.add(signature);
            signatures.add(signature);
        });
        StringBuilder message = new StringBuilder(MARKUP);
        for (String secret : echoed) {
            for (String form : forms(secret)) {
                message.append(' ').append(form);
            }
        }
        // RequestId and Code as the service sent them, so that the answer is judged as far as its Message
        tools.jackson.databind.node.ObjectNode answer = (tools.jackson.databind.node.ObjectNode)
                JSON.readTree(response.getBodyAsString());
        answer.put("HostId", echoed.get(0)).put("Message", "LONE-SURROGATE " + message)
                .put("<img src=x>![f](http://evil.example/f.png)", 1);
        // a lone surrogate is valid as a JSON escape, though no UTF-8 writer can write it as a character
        String body = JSON.writeValueAsString(answer).replace("LONE-SURROGATE", "Surr\\ud800Code");
        return ChangingProxy.replace(response, response.getStatus(), body);
    }

    /** A value as a service could echo it. */
    static Set<String> forms(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        String once = percent(value);
        StringBuilder references = new StringBuilder();
        StringBuilder escapes = new StringBuilder();
        value.chars().forEach(c -> {
            references.append("&#").append(c).append(';');
            escapes.append(String.format("\\u%04x", c));
        });
        return new LinkedHashSet<>(List.of(value, once, percent(once), references.toString(), escapes.toString(),
                Base64.getEncoder().encodeToString(utf8), HexFormat.of().formatHex(utf8)));
    }

    private static String percent(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private List<String> leaks(String where, String text) {
        List<String> found = new ArrayList<>();
        for (String secret : Stream.concat(secrets.stream(), signatures.stream()).toList()) {
            for (String form : forms(secret)) {
                if (text.contains(form)) {
                    found.add(where + " holds a secret as " + form.substring(0, Math.min(form.length(), 12)) + "...");
                }
            }
        }
        return found;
    }
}
