package io.configconformance.recording;

import io.configconformance.client.SignedRequest;
import io.configconformance.client.WireTap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records each scenario's exchanges while a run records ({@code run --record DIR}, {@code parity}): the client's
 * {@link WireTap} hands it every exchange on the thread of the scenario that made it, and the scenario's file is
 * written when the scenario ends. Whether or not a run records, each request to an emulator names its scenario in
 * {@value #SCENARIO_HEADER}, so that a replay answers it from that scenario's recording.
 */
public final class Recorder implements WireTap.Listener {

    /** The system property naming the folder a run records into. */
    public static final String PROPERTY = "conformance.record";
    public static final String SCENARIO_HEADER = "X-Conformance-Scenario";

    private static final Recorder INSTANCE = new Recorder();
    private static final ThreadLocal<Scenario> CURRENT = new ThreadLocal<>();

    static {
        WireTap.listen(INSTANCE);
    }

    /** The scenario on this thread: its header (empty when none is sent) and its tape (null when not recording). */
    private record Scenario(Map<String, String> header, ScenarioTape tape) {
    }

    private Recorder() {
    }

    /** The folder this run records into, if it records. */
    public static Optional<Path> directory() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /** A scenario starts on this thread; {@code nameIt} sends its name with each request. */
    public static void scenarioStarted(String scenarioId, String featureUri, String name, boolean nameIt) {
        String feature = featureUri.substring(Math.max(0, featureUri.lastIndexOf("features/")));
        CURRENT.set(new Scenario(nameIt ? Map.of(SCENARIO_HEADER, scenarioId) : Map.of(),
                directory().isPresent() ? new ScenarioTape(scenarioId, feature, name) : null));
    }

    /** The scenario on this thread has ended: its recording is written, if the run records and it sent anything. */
    public static void scenarioEnded() {
        Scenario scenario = CURRENT.get();
        CURRENT.remove();
        Optional<Path> dir = directory();
        if (scenario != null && scenario.tape() != null && !scenario.tape().isEmpty() && dir.isPresent()) {
            RecordingFiles.write(dir.get(), scenario.tape().scenarioId(), scenario.tape().recording());
        }
    }

    /** The exchanges until {@link #pollEnded()} poll for a resource to settle: only the last one is kept. */
    public static void pollStarted() {
        ScenarioTape tape = tape();
        if (tape != null) {
            tape.pollStarted();
        }
    }

    public static void pollEnded() {
        ScenarioTape tape = tape();
        if (tape != null) {
            tape.pollEnded();
        }
    }

    private static ScenarioTape tape() {
        Scenario scenario = CURRENT.get();
        return scenario == null ? null : scenario.tape();
    }

    @Override
    public Map<String, String> headers() {
        Scenario scenario = CURRENT.get();
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
