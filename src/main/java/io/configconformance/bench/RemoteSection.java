package io.configconformance.bench;

import static io.configconformance.bench.BenchSupport.median;

import io.configconformance.bench.BenchSupport.SuiteTiming;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.report.RunTiming;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The suite against a distant service: the emulator in this JVM answering every request 50 ms late (the round trip a
 * CI runner sees of a regional endpoint, 25 ms each way; connections are kept open, so connection set-up, which a
 * network would delay too, hardly counts), reached at its URL as an emulator elsewhere is, at the default threads and
 * at one; then the same service limiting each AccessKeyId to 10 requests per second. The critical path is the longest
 * scenario of the one-thread run, where it did not share the machine; a run cannot end sooner. Nor can it end before
 * the CPU that the suite's JVM and the emulators (this JVM) used, spread over the cores, is spent: the CPU floor.
 */
final class RemoteSection {

    static final Duration LATENCY = Duration.ofMillis(50);
    static final int RATE_LIMIT = 10;

    /** One run: against which service, at how many threads (null: the default). */
    private record RemoteRun(String service, Integer threads, boolean limited) {
        Path reports() {
            return Path.of("target", "benchmark", "remote-" + (limited ? "limited-" : "") + (threads == null
                    ? "default" : threads));
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
        List<RemoteRun> configurations = List.of(new RemoteRun("50 ms round trip", null, false),
                new RemoteRun("50 ms round trip", 1, false),
                new RemoteRun("50 ms round trip, " + RATE_LIMIT + " requests/s per AccessKeyId", null, true));
        Map<RemoteRun, List<Measured>> measured = new LinkedHashMap<>();
        try (Emulator far = new Emulator(EmulatorSettings.loopback(0).withLatency(LATENCY)).start();
             Emulator limited = new Emulator(EmulatorSettings.loopback(0).withLatency(LATENCY)
                     .withRateLimit(RATE_LIMIT)).start()) {
            for (int repetition = 0; repetition < runs; repetition++) {
                for (RemoteRun run : configurations) {
                    String endpoint = (run.limited() ? limited : far).baseUri().toString();
                    measured.computeIfAbsent(run, r -> new ArrayList<>()).add(run(run, endpoint));
                }
            }
        }
        long criticalPath = median(measured.get(configurations.get(1)),
                Comparator.comparingLong(m -> m.timing().scenarios())).timing().longestScenario();
        List<String> lines = new ArrayList<>(List.of("", "## 5. Full suite against a distant, rate-limited service", "",
                "The emulator answers every request " + LATENCY.toMillis() + " ms late and is reached at its URL (`run"
                        + " --endpoint URL`, as an emulator started elsewhere). Critical path: the longest scenario of"
                        + " the one-thread run, " + criticalPath + " ms. " + (runs == 1 ? "Each line is one run"
                        : "Each line is the run with the median scenario time of " + runs + " runs") + ".", "",
                "| service | threads | wall (process) | scenarios | ÷ critical path | longest scenario | CPU: suite"
                        + " (whole process) + emulator | ÷ cores | HTTP exchanges | throttled | sent again | scenarios,"
                        + " every run |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|"));
        for (RemoteRun run : configurations) {
            List<Measured> all = measured.get(run);
            Measured median = median(all, Comparator.comparingLong(m -> m.timing().scenarios()));
            RunTiming t = median.timing();
            lines.add(String.format("| %s | %s | %d ms | %d ms | %.2fx | %d ms | %d + %d ms | %d ms | %d | %d | %d |"
                            + " %s ms |",
                    run.service(), run.threads() == null ? t.threads() + " (default)" : String.valueOf(t.threads()),
                    median.wall(), t.scenarios(), (double) t.scenarios() / criticalPath, t.longestScenario(),
                    t.cpu(), median.emulatorCpu(), median.cpuFloor(), t.exchanges(), t.throttled(), t.resent(),
                    all.stream()
                            .map(m -> String.valueOf(m.timing().scenarios())).collect(Collectors.joining(", "))));
        }
        return lines;
    }

    private static Measured run(RemoteRun run, String endpoint) throws Exception {
        List<String> command = new ArrayList<>(List.of("-jar", BenchSupport.jarPath(), "run", "--endpoint", endpoint,
                "--reports", run.reports().toString()));
        if (run.threads() != null) {
            command.addAll(List.of("--threads", String.valueOf(run.threads())));
        }
        long cpuBefore = RunTiming.processCpuMillis();
        SuiteTiming timed = BenchSupport.runSuite(command, run.reports(), "the suite run against " + run.service());
        return new Measured(timed, RunTiming.processCpuMillis() - cpuBefore);
    }
}
