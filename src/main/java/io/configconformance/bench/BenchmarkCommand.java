package io.configconformance.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark, one command, all figures from one run on one machine (BENCHMARKS.md): the suite's wall time at one
 * and at N threads split into start-up, discovery and scenarios; the emulator's throughput and latency next to a plain
 * WireMock stub on the same server setup; the emulator's start-up to first answer; its heap over many requests.
 * Measured, never asserted: machines are noisy.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure suite time, emulator throughput, start-up, memory and the suite against a distant,"
                + " rate-limited service; print a Markdown report.")
public final class BenchmarkCommand implements Callable<Integer> {

    private static final List<String> SECTIONS = List.of("suite", "throughput", "startup", "memory", "remote",
            "machinery");

    @Option(names = "--threads", description = "Threads for the parallel suite run (default: the number of cores).")
    Integer threads;

    @Option(names = "--concurrency", defaultValue = "8", description = "Client threads for throughput (default 8).")
    int concurrency;

    @Option(names = "--duration", defaultValue = "10", description = "Seconds per throughput run (default 10).")
    int seconds;

    @Option(names = "--suite-runs", defaultValue = "3",
            description = "Runs of each suite configuration; the median is shown (default 3).")
    int suiteRuns;

    @Option(names = "--requests", defaultValue = "100000", description = "Requests for the memory run (default 100000).")
    long requests;

    @Option(names = "--sections", split = ",", defaultValue = "suite,throughput,startup,memory,remote,machinery",
            description = "Which sections to measure, comma-separated (default: all six).")
    List<String> sections;

    @Option(names = "--output", defaultValue = "target/benchmark/report.md", description = "Where the report goes too.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The flags of {@code run}'s tuned JVM, which the machinery section gives by hand to compare. */
    private final List<String> tunedJvmFlags;

    /** The benchmark, given the flags {@code run} tunes its JVM with (the command line's {@code ShortRunJvm.FLAGS}). */
    public BenchmarkCommand(List<String> tunedJvmFlags) {
        this.tunedJvmFlags = List.copyOf(tunedJvmFlags);
    }

    /** The flags the machinery section gives by hand: those of {@code run}'s tuned JVM. */
    public List<String> tunedJvmFlags() {
        return tunedJvmFlags;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        List<String> report = new ArrayList<>();
        report.add("# Benchmark run");
        report.add("");
        report.add("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        if (suiteRuns < 1 || suiteRuns > 25) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--suite-runs is 1 to 25");
        }
        for (String section : sections) {
            if (!SECTIONS.contains(section)) { // before anything is measured, which can take minutes
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown section '" + section
                        + "' (known: " + String.join(", ", SECTIONS) + ")");
            }
        }
        report.add("- Options: --threads " + n + " --suite-runs " + suiteRuns + " --concurrency " + concurrency
                + " --duration " + seconds + " --requests " + requests + " --sections " + String.join(",", sections));
        for (String section : sections) {
            report.addAll(switch (section) {
                case "suite" -> new SuiteSection(n, suiteRuns).measure();
                case "throughput" -> new ThroughputSection(concurrency, seconds).measure();
                case "startup" -> new StartupSection().measure();
                case "memory" -> new MemorySection(concurrency, requests).measure();
                case "remote" -> new RemoteSection(suiteRuns).measure();
                case "machinery" -> new MachinerySection(suiteRuns, tunedJvmFlags).measure();
                default -> throw new IllegalStateException("unchecked section " + section);
            });
        }
        String text = String.join("\n", report) + "\n";
        out.print(text);
        out.flush();
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, text);
        return 0;
    }
}
