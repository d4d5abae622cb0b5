package io.configconformance.bench;

import static io.configconformance.bench.BenchSupport.median;

import io.configconformance.protocol.Action;
import io.configconformance.protocol.ApiVersion;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The emulator's start-up to its first answered signed request, beside a bare `--version` for scale. */
final class StartupSection {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    List<String> measure() throws Exception {
        String archive = java.nio.file.Path.of(BenchSupport.jarPath()).resolveSibling("config-conformance.jsa")
                .toString();
        List<Long> archived = new ArrayList<>();
        List<Long> runs = new ArrayList<>();
        List<Long> baseline = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // in turn, so that the machine's moods fall on all three alike
            archived.add(startupToFirstAnswer(List.of("-XX:SharedArchiveFile=" + archive)));
            runs.add(startupToFirstAnswer(List.of()));
            long started = System.nanoTime();
            Process version = BenchSupport.java(List.of("-jar", BenchSupport.jarPath(), "--version"));
            version.getInputStream().readAllBytes();
            version.waitFor();
            baseline.add((System.nanoTime() - started) / 1_000_000);
        }
        return List.of("", "## 3. Emulator start-up", "", "Process start to the first answered signed request,"
                + " 5 runs of each, in turn:", "",
                "- `java -XX:SharedArchiveFile=target/config-conformance.jsa -jar target/config-conformance.jar"
                + " emulator --port 0` (the class-data archive the build writes, docs/EMULATOR.md): " + archived
                + " ms; median " + median(archived) + " ms.",
                "- `java -jar target/config-conformance.jar emulator --port 0` (no archive): " + runs + " ms; median "
                + median(runs) + " ms.",
                "- For scale: `java -jar ... --version` (JVM and command line, nothing else): " + baseline
                + " ms; median " + median(baseline) + " ms.");
    }

    private static long startupToFirstAnswer(List<String> jvmOptions) throws Exception {
        LoadGenerator client = new LoadGenerator(1); // made before the clock starts: its cost is not the emulator's
        List<String> command = new ArrayList<>(List.of(BenchSupport.java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", BenchSupport.jarPath(), "emulator", "--port", "0"));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String url = null;
            for (String line = lines.readLine(); line != null && url == null; line = lines.readLine()) {
                Matcher m = LISTENING.matcher(line);
                url = m.find() ? m.group(1) : null;
            }
            if (url == null) {
                throw new IllegalStateException("the emulator printed no URL");
            }
            SignedRequests signed = new SignedRequests(URI.create(url), "LTAIemuIndividual0000001",
                    "emulatorIndividualSecret000000001");
            LoadResult first = client.forRequests(1,
                    () -> signed.uri(Action.GET_CONFIGURATION_RECORDER, ApiVersion.V2020_09_07, Map.of()));
            if (first.errors() > 0) {
                throw new IllegalStateException("the first request was not answered with 2xx");
            }
            return (System.nanoTime() - started) / 1_000_000;
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
