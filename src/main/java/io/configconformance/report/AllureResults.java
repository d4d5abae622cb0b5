package io.configconformance.report;

import io.configconformance.ProductVersion;
import io.configconformance.suite.RunContext;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run's results in Allure's format ({@code allure-results/}), for teams whose test history lives in an Allure
 * server: one result per scenario with its verdict, its evidence grade, the ERRATA entries it rests on and its page.
 * A DIFFERS verdict is Allure's "broken" (neither passed nor failed) in a category of its own, and carries a label
 * {@code verdict=differs}. The history ID is the scenario's place and name, so trends follow a scenario across runs.
 * Registered as a Cucumber plugin with the folder as its argument.
 */
public final class AllureResults implements ConcurrentEventListener {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path folder;
    private final Map<UUID, Long> started = new ConcurrentHashMap<>();

    public AllureResults(File folder) {
        this.folder = folder.toPath();
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class,
                event -> started.put(event.getTestCase().getId(), event.getInstant().toEpochMilli()));
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, event -> {
            write("categories.json", JSON.writeValueAsString(categories()));
            write("environment.properties", "endpoint=" + RunContext.endpointOfThisRun().replace("\\", "\\\\")
                    + "\nsuite=config-conformance " + ProductVersion.text() + "\n");
        });
    }

    private void finished(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        ScenarioResult result = ScenarioResult.of(testCase, event.getResult(), List.of(), ServiceAnswer.NO_ANSWER,
                RunContext.secretsOfThisRun());
        long stop = event.getInstant().toEpochMilli();
        ObjectNode json = result(result, started.getOrDefault(testCase.getId(), stop), stop);
        write(testCase.getId() + "-result.json", JSON.writeValueAsString(json));
    }

    static ObjectNode result(ScenarioResult scenario, long start, long stop) {
        ObjectNode json = JSON.createObjectNode();
        String history = UUID.nameUUIDFromBytes((scenario.uri() + ":" + scenario.line() + " " + scenario.name())
                .getBytes(StandardCharsets.UTF_8)).toString();
        json.put("uuid", UUID.randomUUID().toString()).put("historyId", history).put("testCaseId", history)
                .put("name", scenario.name()).put("fullName", scenario.uri() + ":" + scenario.line())
                .put("status", status(scenario.verdict())).put("stage", "finished").put("start", start)
                .put("stop", stop);
        json.putObject("statusDetails").put("message", scenario.reason());
        ArrayNode labels = json.putArray("labels");
        String operation = scenario.operation(ConformanceMatrix.OPERATIONS);
        String version = scenario.tags().stream().filter(tag -> tag.startsWith("@v20")).map(tag -> tag.substring(2))
                .findFirst().orElse("");
        label(labels, "feature", (operation + " " + version).strip());
        label(labels, "suite", Path.of(scenario.uri().replaceFirst("^[a-z]+:", "")).getFileName().toString());
        label(labels, "framework", "cucumber");
        label(labels, "verdict", scenario.verdict());
        label(labels, "evidence", ConformanceMatrix.grade(scenario));
        Evidence.entries(scenario.tags()).forEach(entry -> label(labels, "errata", entry));
        scenario.tags().stream().sorted().forEach(tag -> label(labels, "tag", tag.substring(1)));
        ArrayNode links = json.putArray("links");
        DocumentedError.catalogue().stream().filter(row -> row.operation().equals(operation)
                && row.version().equals(version)).findFirst().ifPresent(row -> {
                    label(labels, "page", ReferencePages.title(row.page()));
                    link(links, ReferencePages.title(row.page()), "../" + ReferencePages.link(row.page()));
                });
        if (!version.isEmpty()) {
            link(links, operation + " in the API explorer", "https://api.aliyun.com/#product=Config&api=" + operation
                    + "&type=RPC&version=" + version);
        }
        return json;
    }

    /** DIFFERS is neither a pass nor a failure: Allure's broken, in a category of its own. */
    private static String status(String verdict) {
        return switch (verdict) {
            case "passed" -> "passed";
            case "failed" -> "failed";
            case "differs" -> "broken";
            default -> "skipped";
        };
    }

    private static ArrayNode categories() {
        ArrayNode categories = JSON.createArrayNode();
        ObjectNode differs = categories.addObject().put("name", "DIFFERS: the service answered otherwise where only an"
                + " assumption, contested page text or an SDK model speaks (docs/ERRATA.md)");
        differs.putArray("matchedStatuses").add("broken");
        differs.put("messageRegex", "(?s)" + java.util.regex.Pattern.quote(Differs.PREFIX) + ".*");
        ObjectNode failed = categories.addObject().put("name", "FAILED: a reference page's statement broken");
        failed.putArray("matchedStatuses").add("failed");
        return categories;
    }

    private static void label(ArrayNode labels, String name, String value) {
        labels.addObject().put("name", name).put("value", value);
    }

    private static void link(ArrayNode links, String name, String url) {
        links.addObject().put("name", name).put("url", url).put("type", "link");
    }

    private void write(String file, String text) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Allure results to " + folder, e);
        }
    }
}
