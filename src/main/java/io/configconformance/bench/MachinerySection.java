package io.configconformance.bench;

import static io.configconformance.bench.BenchSupport.median;

import io.configconformance.bench.BenchSupport.SuiteTiming;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Each piece of speed machinery against the standard mechanism and against nothing (issue #25: a piece stays only
 * where it gains at least 10% of a whole {@code run}'s wall time). The process-level pieces (the relaunched tuned JVM,
 * the class-data archive) are whole {@code java ... run} processes, every configuration once per round, rounds in
 * turn; the emulator's per-request piece (its nonce memory) is timed in this JVM and scaled by the
 * exchanges of one run ({@link PerRequestMachinery}).
 */
final class MachinerySection {

    private record Configuration(String name, List<String> jvmOptions) {
    }

    private final int runs;
    /** The flags {@code run} gives its tuned JVM (docs/DECISIONS.md D2), given by hand: that JVM, no relaunch. */
    private final List<String> tuned;

    MachinerySection(int runs, List<String> tuned) {
        this.runs = runs;
        this.tuned = List.copyOf(tuned);
    }

    List<String> measure() throws Exception {
        String archive = "-XX:SharedArchiveFile=" + Path.of(BenchSupport.jarPath())
                .resolveSibling("config-conformance.jsa");
        List<Configuration> configurations = List.of(
                new Configuration("relaunched tuned JVM with the archive (the default)", List.of()),
                new Configuration("tuned flags by hand, archive by hand (no relaunch)", concat(tuned, archive)),
                new Configuration("tuned flags by hand, no archive", tuned),
                new Configuration("archive only (default JVM)", List.of(archive)),
                new Configuration("nothing (`-Dconformance.tune-jvm=false`)", List.of("-Dconformance.tune-jvm=false")));
        Map<Configuration, List<SuiteTiming>> measured = new LinkedHashMap<>();
        for (int round = 0; round < runs; round++) {
            for (int i = 0; i < configurations.size(); i++) {
                Configuration configuration = configurations.get(i);
                Path reports = Path.of("target", "benchmark", "machinery-" + i);
                List<String> command = new ArrayList<>(configuration.jvmOptions());
                command.addAll(List.of("-jar", BenchSupport.jarPath(), "run", "--reports", reports.toString()));
                measured.computeIfAbsent(configuration, c -> new ArrayList<>())
                        .add(BenchSupport.runSuite(command, reports, configuration.name()));
            }
        }
        List<String> lines = new ArrayList<>(List.of("", "## 6. Speed machinery against the standard and nothing", "",
                "`java [options] -jar target/config-conformance.jar run` (default threads, embedded emulator), "
                        + runs + " rounds, each configuration once per round in this order; median wall time of the"
                        + " process, and its ratio to nothing. On a loaded machine the CPU time of the JVM that ran the suite"
                        + " (run-timing.json) varies less than the wall.", "",
                "| configuration | options | wall (median) | ÷ nothing | start-up (median) | CPU of the run's JVM"
                        + " (median) | wall, every run |",
                "|---|---|---|---|---|---|---|"));
        long nothing = medianWall(measured.get(configurations.get(configurations.size() - 1)));
        long exchanges = 0;
        long defaultWall = 0;
        for (Configuration configuration : configurations) {
            List<SuiteTiming> all = measured.get(configuration);
            long wall = medianWall(all);
            defaultWall = defaultWall == 0 ? wall : defaultWall;
            exchanges = median(all.stream().map(t -> t.timing().exchanges()).toList());
            lines.add(String.format("| %s | `%s` | %d ms | %.2f | %d ms | %d ms | %s ms |", configuration.name(),
                    String.join(" ", configuration.jvmOptions()).replace(Path.of(BenchSupport.jarPath()).getParent()
                            + "/", "target/"), wall, (double) wall / nothing,
                    median(all.stream().map(t -> t.timing().startup()).toList()),
                    median(all.stream().map(t -> t.timing().cpu()).toList()),
                    all.stream().map(t -> String.valueOf(t.wall())).collect(Collectors.joining(", "))));
        }
        lines.addAll(new PerRequestMachinery(exchanges, defaultWall).measure());
        return lines;
    }

    private static long medianWall(List<SuiteTiming> timings) {
        return median(timings, Comparator.comparingLong(SuiteTiming::wall)).wall();
    }

    private static List<String> concat(List<String> first, String last) {
        List<String> all = new ArrayList<>(first);
        all.add(last);
        return all;
    }
}
