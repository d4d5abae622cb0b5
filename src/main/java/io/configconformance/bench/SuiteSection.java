package io.configconformance.bench;

import static io.configconformance.bench.BenchSupport.median;

import io.configconformance.bench.BenchSupport.SuiteTiming;

import io.configconformance.emulator.Emulator;
import io.configconformance.report.RunTiming;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The suite as a user runs it ({@code java -jar ... run}, which relaunches itself in a JVM tuned for a short run), at
 * 1 and at n threads; then both again with the tuning turned off, which shows what it is worth on this machine. Each
 * of the four is run {@code runs} times, interleaved, and the run with the median scenario time shown. The figures
 * come from the run-timing.json each run writes to its report folder.
 */
final class SuiteSection {

    private static final String UNTUNED = "-Dconformance.tune-jvm=false";

    /** One suite run of the benchmark: its threads, whether run relaunches itself tuned, whether it records. */
    private record SuiteRun(int threads, boolean tuned, boolean records) {
        Path reports() {
            return Path.of("target", "benchmark", "suite-" + threads + (tuned ? "" : "-untuned")
                    + (records ? "-record" : ""));
        }

        String jvm() {
            return (tuned ? "tuned (default)" : "untuned (`" + UNTUNED + "`)") + (records ? ", `--record`" : "");
        }
    }


    private final int threads;
    private final int runs;

    SuiteSection(int threads, int runs) {
        this.threads = threads;
        this.runs = runs;
    }

    List<String> measure() throws Exception {
        List<String> lines = new ArrayList<>(List.of("", "## 1. Full suite against the embedded emulator", "",
                (runs == 1 ? "Each line is one run" : "Each line is the run with the median scenario time of "
                        + runs + " runs") + ", taken in turn with the other lines' runs.", "",
                "| threads | JVM | wall (process) | start-up | discovery | scenarios | HTTP exchanges | time in HTTP"
                        + " | deliberate waits | scenarios, every run |",
                "|---|---|---|---|---|---|---|---|---|---|"));
        double bare = bareExchangeMillis();
        List<SuiteRun> configurations = List.of(new SuiteRun(1, true, false), new SuiteRun(threads, true, false),
                new SuiteRun(1, false, false), new SuiteRun(threads, false, false), new SuiteRun(threads, true, true));
        Map<SuiteRun, List<SuiteTiming>> measured = new LinkedHashMap<>();
        for (int repetition = 0; repetition < runs; repetition++) {
            for (SuiteRun run : configurations) {
                measured.computeIfAbsent(run, r -> new ArrayList<>()).add(run(run));
            }
        }
        List<String> ratios = new ArrayList<>(List.of("| threads | JVM | scenarios ÷ bare exchanges"
                + " | without deliberate waits ÷ bare exchanges |", "|---|---|---|---|"));
        long exchanges = 0;
        for (SuiteRun run : configurations) {
            List<SuiteTiming> all = measured.get(run);
            SuiteTiming median = median(all, Comparator.comparingLong(m -> m.timing().scenarios()));
            RunTiming t = median.timing();
            String jvm = run.jvm();
            lines.add("| " + run.threads() + " | " + jvm + " | " + median.wall() + " ms | " + t.startup()
                    + " ms | " + t.discovery() + " ms | " + t.scenarios() + " ms | " + t.exchanges()
                    + " | " + t.http() + " ms | " + t.waits() + " ms | "
                    + all.stream().map(m -> String.valueOf(m.timing().scenarios())).collect(Collectors.joining(", "))
                    + " ms |");
            exchanges = t.exchanges();
            double bareTotal = bare * t.exchanges();
            // Waits overlap at several threads, so only a one-thread run can have them taken out.
            ratios.add(String.format("| %d | %s | %.2fx | %s |", run.threads(), jvm, t.scenarios() / bareTotal,
                    run.threads() == 1 ? String.format("%.2fx", (t.scenarios() - t.waits()) / bareTotal) : "-"));
        }
        long plain = median(measured.get(configurations.get(1)), Comparator.comparingLong(SuiteTiming::wall)).wall();
        long recording = median(measured.get(configurations.get(4)), Comparator.comparingLong(SuiteTiming::wall)).wall();
        lines.add("");
        lines.add(String.format("Recording every exchange (`run --record`) at %d threads: median wall %d ms against %d"
                + " ms, %+.1f%%.", threads, recording, plain, 100.0 * (recording - plain) / plain));
        lines.add("");
        lines.add(String.format("Bare exchange (java.net.http, signed GET, warm emulator, one after another): median"
                + " %.2f ms; %d exchanges bare = %.0f ms.", bare, exchanges, bare * exchanges));
        lines.add("");
        lines.addAll(ratios);
        return lines;
    }

    private static SuiteTiming run(SuiteRun run) throws Exception {
        List<String> command = new ArrayList<>(run.tuned() ? List.of() : List.of(UNTUNED));
        command.addAll(List.of("-jar", BenchSupport.jarPath(), "run", "--threads", String.valueOf(run.threads()),
                "--reports", run.reports().toString()));
        if (run.records()) {
            command.addAll(List.of("--record", run.reports().resolve("recording").toString()));
        }
        return BenchSupport.runSuite(command, run.reports(), "the suite run");
    }

    private static double bareExchangeMillis() throws Exception {
        try (Emulator emulator = BenchSupport.instantEmulator()) {
            Supplier<URI> load = BenchSupport.mixedLoad(emulator.baseUri());
            LoadGenerator single = new LoadGenerator(1);
            single.forRequests(2000, load);
            return single.forRequests(2000, load).percentileMillis(50);
        }
    }
}
