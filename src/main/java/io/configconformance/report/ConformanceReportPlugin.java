package io.configconformance.report;

import io.configconformance.ProductVersion;
import io.configconformance.suite.RunContext;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the living documentation of a run into the report folder: conformance-matrix.md and .html, with each
 * operation's scenarios and their results, and the matrix of documented error codes -> scenarios -> results
 * (features/documented-errors.csv), each linked to its reference page, copied into the folder's api-reference/.
 * Registered as a Cucumber plugin with the folder as its argument.
 */
public final class ConformanceReportPlugin implements ConcurrentEventListener {

    private final Path folder;
    private final List<ScenarioResult> results = new ArrayList<>();
    private final Map<UUID, List<String>> observations = new ConcurrentHashMap<>();
    private final Map<UUID, ServiceAnswer> answers = new ConcurrentHashMap<>();

    public ConformanceReportPlugin(File folder) {
        this.folder = folder.toPath();
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(EmbedEvent.class, this::embedded);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, event -> write());
    }

    private void embedded(EmbedEvent event) {
        if (ScenarioResult.OBSERVATIONS.equals(event.getName())) {
            observations.computeIfAbsent(event.getTestCase().getId(), id -> new ArrayList<>())
                    .addAll(new String(event.getData(), StandardCharsets.UTF_8).lines().toList());
        } else if (ServiceAnswer.ATTACHMENT.equals(event.getName())) {
            answers.putIfAbsent(event.getTestCase().getId(),
                    ServiceAnswer.parse(new String(event.getData(), StandardCharsets.UTF_8)));
        }
    }

    private void finished(TestCaseFinished event) {
        ScenarioResult result = ScenarioResult.of(event.getTestCase(), event.getResult(),
                observations.getOrDefault(event.getTestCase().getId(), List.of()),
                answers.getOrDefault(event.getTestCase().getId(), ServiceAnswer.NO_ANSWER),
                RunContext.secretsOfThisRun());
        synchronized (results) {
            results.add(result);
        }
    }

    private void write() {
        List<ScenarioResult> snapshot;
        synchronized (results) {
            snapshot = List.copyOf(results);
        }
        ConformanceMatrix matrix = new ConformanceMatrix(snapshot, DocumentedError.catalogue(),
                RunContext.endpointOfThisRun(), Instant.now(), ProductVersion.text());
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("conformance-matrix.md"), matrix.markdown(), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("conformance-matrix.html"), matrix.html(), StandardCharsets.UTF_8);
            ReferencePages.copyInto(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the conformance matrix to " + folder, e);
        }
    }
}
