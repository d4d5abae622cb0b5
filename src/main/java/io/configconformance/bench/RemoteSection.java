package io.configconformance.bench;

import static io.configconformance.bench.BenchSupport.median;

import io.configconformance.bench.BenchSupport.SuiteTiming;
import io.configconformance.client.EmulatorControl;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.report.RunTiming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The suite against a distant service: first an emulator 50 ms away on the wire, behind a {@link DelayingProxy} that
 * holds every chunk 25 ms each way, so the control calls that set up a scenario are as far as its API calls (with
 * {@value #BASELINE_JAR_PROPERTY} naming another build's jar, that jar runs alternately, a before beside the after);
 * then the emulator in this JVM answering every API request 50 ms late (the round trip a CI runner sees of a regional
 * endpoint; connections are kept open, so connection set-up hardly counts), reached at its URL as an emulator
 * elsewhere is, at the default threads and at one; then the same service limiting each AccessKeyId to 10 requests per
 * second. The critical path is the longest scenario of the one-thread run, where it did not share the machine; a run
 * cannot end sooner. Nor can it end before the CPU that the suite's JVM and the emulators (this JVM) used, spread
 * over the cores, is spent: the CPU floor.
 */
final class RemoteSection {

    static final Duration LATENCY = Duration.ofMillis(50);
    static final int RATE_LIMIT = 10;
    /** A jar of another build to run behind the same proxy, alternately with this one: benchmark-only. */
    static final String BASELINE_JAR_PROPERTY = "conformance.bench.baseline-jar";

    /** Which emulator a run reaches: behind the proxy, answering late, or answering late and limiting the rate. */
    private enum Service { WIRE, LATE, LIMITED }

    /** One run: against which service, at how many threads (null: the default), with which jar. */
    private record RemoteRun(String service, Integer threads, Service target, String jar, String folder) {
        Path reports() {
            return Path.of("target", "benchmark", "remote-" + folder);
        }
    }

    /** One run: what it took, and the CPU the emulators (this JVM) used meanwhile. */
    private record Measured(SuiteTiming run, long emulatorCpu) {
        long wall() {
            return run.wall();
        }

        RunTiming timing() {
            return run.timing();
        }

        /** The scenarios cannot take less than the CPU both sides used, spread over every core. */
        long cpuFloor() {
            return (timing().cpu() + emulatorCpu) / Runtime.getRuntime().availableProcessors();
        }
    }

    private final int runs;

    RemoteSection(int runs) {
        this.runs = runs;
    }

    List<String> measure() throws Exception {
        String jar = BenchSupport.jarPath();
        String wire = "50 ms round trip on the wire (every byte, control calls too)";
        List<RemoteRun> configurations = new ArrayList<>(List.of(new RemoteRun(wire, null, Service.WIRE, jar, "wire"),
                new RemoteRun("50 ms round trip", null, Service.LATE, jar, "default"),
                new RemoteRun("50 ms round trip", 1, Service.LATE, jar, "1"),
                new RemoteRun("50 ms round trip, " + RATE_LIMIT + " requests/s per AccessKeyId", null, Service.LIMITED,
                        jar, "limited-default")));
        String baseline = System.getProperty(BASELINE_JAR_PROPERTY);
        if (baseline != null) {
            if (!Files.isRegularFile(Path.of(baseline))) { // said before minutes of runs, not after
                throw new IllegalArgumentException("-D" + BASELINE_JAR_PROPERTY + " names no file: " + baseline);
            }
            configurations.add(1, new RemoteRun(wire + ", before: " + baseline, null,
                    Service.WIRE, baseline, "wire-baseline"));
        }
        Map<RemoteRun, List<Measured>> measured = new LinkedHashMap<>();
        try (Emulator near = new Emulator(EmulatorSettings.loopback(0)).start();
             DelayingProxy proxy = new DelayingProxy(near.baseUri(), LATENCY.dividedBy(2));
             Emulator far = new Emulator(EmulatorSettings.loopback(0).withLatency(LATENCY)).start();
             Emulator limited = new Emulator(EmulatorSettings.loopback(0).withLatency(LATENCY)
                     .withRateLimit(RATE_LIMIT)).start()) {
            for (Emulator emulator : List.of(near, far, limited)) { // has answered before, as one far away has
                new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(30)).info();
            }
            for (int repetition = 0; repetition < runs; repetition++) {
                for (RemoteRun run : configurations) {
                    String endpoint = switch (run.target()) {
                        case WIRE -> proxy.uri().toString();
                        case LATE -> far.baseUri().toString();
                        case LIMITED -> limited.baseUri().toString();
                    };
                    measured.computeIfAbsent(run, r -> new ArrayList<>()).add(run(run, endpoint));
                }
            }
        }
        RemoteRun oneThread = configurations.stream().filter(run -> Integer.valueOf(1).equals(run.threads()))
                .findFirst().orElseThrow();
        long criticalPath = median(measured.get(oneThread),
                Comparator.comparingLong(m -> m.timing().scenarios())).timing().longestScenario();
        List<String> lines = new ArrayList<>(List.of("", "## 5. Full suite against a distant, rate-limited service", "",
                "The emulator is reached at its URL (`run --endpoint URL`, as an emulator started elsewhere), either"
                        + " behind a loopback TCP proxy holding every chunk " + LATENCY.dividedBy(2).toMillis()
                        + " ms each way (control calls and connection set-up too) or answering every API request "
                        + LATENCY.toMillis() + " ms late. Critical path: the longest scenario of the one-thread run, "
                        + criticalPath + " ms. " + (runs == 1 ? "Each line is one run"
                        : "Each line is the run with the median scenario time of " + runs + " runs") + ".", "",
                "| service | threads | wall (process) | scenarios | ÷ critical path | longest scenario | ÷ its longest"
                        + " | CPU: suite (whole process) + emulator | ÷ cores | HTTP exchanges | throttled | sent again"
                        + " | scenarios, every run |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|"));
        for (RemoteRun run : configurations) {
            List<Measured> all = measured.get(run);
            Measured median = median(all, Comparator.comparingLong(m -> m.timing().scenarios()));
            RunTiming t = median.timing();
            lines.add(String.format("| %s | %s | %d ms | %d ms | %.2fx | %d ms | %.2fx | %d + %d ms | %d ms | %d | %d |"
                            + " %d | %s ms |",
                    run.service(), run.threads() == null ? t.threads() + " (default)" : String.valueOf(t.threads()),
                    median.wall(), t.scenarios(), (double) t.scenarios() / criticalPath, t.longestScenario(),
                    (double) t.scenarios() / t.longestScenario(), t.cpu(), median.emulatorCpu(), median.cpuFloor(),
                    t.exchanges(), t.throttled(), t.resent(),
                    all.stream()
                            .map(m -> String.valueOf(m.timing().scenarios())).collect(Collectors.joining(", "))));
        }
        return lines;
    }

    private static Measured run(RemoteRun run, String endpoint) throws Exception {
        List<String> command = new ArrayList<>(List.of("-jar", run.jar(), "run", "--endpoint", endpoint,
                "--reports", run.reports().toString()));
        if (run.threads() != null) {
            command.addAll(List.of("--threads", String.valueOf(run.threads())));
        }
        long cpuBefore = RunTiming.processCpuMillis();
        SuiteTiming timed = BenchSupport.runSuite(command, run.reports(), "the suite run against " + run.service());
        return new Measured(timed, RunTiming.processCpuMillis() - cpuBefore);
    }
}
