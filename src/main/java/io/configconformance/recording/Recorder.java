package io.configconformance.recording;

import io.configconformance.client.SignedRequest;
import io.configconformance.client.WireTap;
import io.configconformance.report.SentSecrets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run's recorder: records each scenario's exchanges while the run records ({@code run --record DIR},
 * {@code parity}). It is the tap of the run's transport, so it hears every exchange of that run, and only of that run,
 * on the thread of the scenario that made it; the scenario's file is written when the scenario ends. Whether or not
 * a run records, each request to an emulator names its scenario in {@value #SCENARIO_HEADER}, so that a replay
 * answers it from that scenario's recording.
 */
public final class Recorder implements WireTap {

    /** The Maven route's -D naming the folder a run records into (the jar's run hands its folder to its run). */
    public static final String PROPERTY = "conformance.record";
    public static final String SCENARIO_HEADER = "X-Conformance-Scenario";

    private final Path directory;
    /** The run's secrets: each recording is masked of them when it is written. */
    private final SentSecrets secrets;
    /** The scenario each of this run's threads is running. */
    private final ThreadLocal<Scenario> current = new ThreadLocal<>();

    /** The scenario on this thread: its header (empty when none is sent) and its tape (null when not recording). */
    private record Scenario(Map<String, String> header, ScenarioTape tape) {
    }

    /**
     * A recorder that records into {@code directory}, or only names scenarios when it is empty, masking what it
     * writes of the run's {@code secrets}.
     */
    public Recorder(Optional<Path> directory, SentSecrets secrets) {
        this.directory = directory.orElse(null);
        this.secrets = secrets;
    }

    /** The folder {@value #PROPERTY} names, if it names one. */
    public static Optional<Path> directoryProperty() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /** The folder this run records into, if it records. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** A scenario starts on this thread; {@code nameIt} sends its name with each request. */
    public void scenarioStarted(String scenarioId, String featureUri, String name, boolean nameIt) {
        String feature = featureUri.substring(Math.max(0, featureUri.lastIndexOf("features/")));
        current.set(new Scenario(nameIt ? Map.of(SCENARIO_HEADER, scenarioId) : Map.of(),
                directory != null ? new ScenarioTape(scenarioId, feature, name) : null));
    }

    /** The scenario on this thread has ended: its recording is written, if the run records and it sent anything. */
    public void scenarioEnded() {
        Scenario scenario = current.get();
        current.remove();
        if (scenario != null && scenario.tape() != null && !scenario.tape().isEmpty()) {
            RecordingFiles.write(directory, scenario.tape().scenarioId(), scenario.tape().recording(secrets));
        }
    }

    /** The exchanges until {@link #pollEnded()} poll for a resource to settle: only the last one is kept. */
    public void pollStarted() {
        ScenarioTape tape = tape();
        if (tape != null) {
            tape.pollStarted();
        }
    }

    public void pollEnded() {
        ScenarioTape tape = tape();
        if (tape != null) {
            tape.pollEnded();
        }
    }

    private ScenarioTape tape() {
        Scenario scenario = current.get();
        return scenario == null ? null : scenario.tape();
    }

    @Override
    public Map<String, String> headers() {
        Scenario scenario = current.get();
        return scenario == null ? Map.of() : scenario.header();
    }

    @Override
    public void api(SignedRequest request, int status, Map<String, List<String>> headers, String body) {
        ScenarioTape tape = tape();
        if (tape != null) {
            tape.api(WireCall.parse(request.pathAndQuery(), name -> header(request.headers(), name), request.body()),
                    status, headers, body);
        }
    }

    @Override
    public void control(String method, String path, String requestBody, int status, Map<String, List<String>> headers,
                        String body) {
        ScenarioTape tape = tape();
        if (tape != null) {
            tape.control(method, path, requestBody, status, headers, body);
        }
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }
}
