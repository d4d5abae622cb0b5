package io.configconformance.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.emulator.server.ServerOptions;
import io.configconformance.protocol.Action;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.validation.ResponseFields;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
        description = "Measure suite time, emulator throughput, start-up and memory; print a Markdown report.")
public final class BenchmarkCommand implements Callable<Integer> {

    private static final Pattern TIMING = Pattern.compile("timing: (.*)");
    private static final String UNTUNED = "-Dconformance.tune-jvm=false";
    private static final List<String> SECTIONS = List.of("suite", "throughput", "startup", "memory");
    private static final int ROUNDS = 5;
    private static final int WARM_UP_ROUNDS = 4;

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

    @Option(names = "--sections", split = ",", defaultValue = "suite,throughput,startup,memory",
            description = "Which sections to measure, comma-separated (default: all four).")
    List<String> sections;

    @Option(names = "--output", defaultValue = "target/benchmark/report.md", description = "Where the report goes too.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
                case "suite" -> suite(n);
                case "throughput" -> throughput();
                case "startup" -> startup();
                case "memory" -> memory();
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

    /**
     * The suite as a user runs it ({@code java -jar ... run}, which relaunches itself in a JVM tuned for a short run),
     * at 1 and at n threads; then both again with the tuning turned off, which shows what it is worth on this machine.
     * Each of the four is run {@code suiteRuns} times, interleaved, and the run with the median scenario time shown.
     */
    private List<String> suite(int n) throws Exception {
        List<String> lines = new ArrayList<>(List.of("", "## 1. Full suite against the embedded emulator", "",
                (suiteRuns == 1 ? "Each line is one run" : "Each line is the run with the median scenario time of "
                        + suiteRuns + " runs") + ", taken in turn with the other lines' runs.", "",
                "| threads | JVM | wall (process) | start-up | discovery | scenarios | HTTP exchanges | time in HTTP"
                        + " | deliberate waits | scenarios, every run |",
                "|---|---|---|---|---|---|---|---|---|---|"));
        double bare = bareExchangeMillis();
        List<SuiteRun> configurations = List.of(new SuiteRun(1, true), new SuiteRun(n, true), new SuiteRun(1, false),
                new SuiteRun(n, false));
        Map<SuiteRun, List<SuiteTiming>> timings = new LinkedHashMap<>();
        for (int repetition = 0; repetition < suiteRuns; repetition++) {
            for (SuiteRun run : configurations) {
                timings.computeIfAbsent(run, r -> new ArrayList<>()).add(suiteRun(run));
            }
        }
        List<String> ratios = new ArrayList<>(List.of("| threads | JVM | scenarios ÷ bare exchanges"
                + " | without deliberate waits ÷ bare exchanges |", "|---|---|---|---|"));
        long exchanges = 0;
        for (SuiteRun run : configurations) {
            List<SuiteTiming> all = timings.get(run);
            SuiteTiming median = median(all, Comparator.comparingLong(SuiteTiming::scenarios));
            String jvm = run.tuned() ? "tuned (default)" : "untuned (`" + UNTUNED + "`)";
            lines.add("| " + run.threads() + " | " + jvm + " | " + median.wall() + " ms | " + median.startup()
                    + " ms | " + median.discovery() + " ms | " + median.scenarios() + " ms | " + median.exchanges()
                    + " | " + median.http() + " ms | " + median.waits() + " ms | "
                    + all.stream().map(t -> String.valueOf(t.scenarios())).collect(Collectors.joining(", "))
                    + " ms |");
            exchanges = median.exchanges();
            double bareTotal = bare * median.exchanges();
            // Waits overlap at several threads, so only a one-thread run can have them taken out.
            ratios.add(String.format("| %d | %s | %.2fx | %s |", run.threads(), jvm, median.scenarios() / bareTotal,
                    run.threads() == 1 ? String.format("%.2fx", (median.scenarios() - median.waits()) / bareTotal)
                            : "-"));
        }
        lines.add("");
        lines.add(String.format("Bare exchange (java.net.http, signed GET, warm emulator, one after another): median"
                + " %.2f ms; %d exchanges bare = %.0f ms.", bare, exchanges, bare * exchanges));
        lines.add("");
        lines.addAll(ratios);
        return lines;
    }

    private SuiteTiming suiteRun(SuiteRun run) throws Exception {
        List<String> command = new ArrayList<>(run.tuned() ? List.of() : List.of(UNTUNED));
        command.addAll(List.of("-jar", jarPath(), "run", "--threads", String.valueOf(run.threads()), "--reports",
                "target/benchmark/suite-" + run.threads() + (run.tuned() ? "" : "-untuned")));
        long started = System.nanoTime();
        String timing = timingOf(java(command));
        long wall = (System.nanoTime() - started) / 1_000_000;
        Matcher m = Pattern.compile("start-up (\\d+) ms.*discovery (\\d+) ms, scenarios (\\d+) ms at \\d+ threads;"
                + " (\\d+) HTTP exchanges taking (\\d+) ms, (\\d+) ms of deliberate waits").matcher(timing);
        if (!m.find()) {
            throw new IllegalStateException("no timing line in the run's output: " + timing);
        }
        return new SuiteTiming(wall, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)), Long.parseLong(m.group(4)), Long.parseLong(m.group(5)),
                Long.parseLong(m.group(6)));
    }

    /** What one suite run printed, in milliseconds, and its HTTP exchange count. */
    private record SuiteTiming(long wall, long startup, long discovery, long scenarios, long exchanges, long http,
                               long waits) {
    }

    /** Emulator and a plain WireMock stub, same server options, same request stream, in turn. */
    private List<String> throughput() throws Exception {
        List<String> lines = new ArrayList<>(List.of("", "## 2. Throughput at concurrency " + concurrency, ""));
        try (Emulator emulator = new Emulator(new EmulatorSettings("127.0.0.1", 0, Duration.ZERO,
                EmulatorSettings.DEFAULT_TOLERANCE)).start()) {
            Supplier<URI> load = mixedLoad(emulator.baseUri());
            WireMockServer stub = plainStub();
            try {
                SignedRequests stubRequests = new SignedRequests(URI.create("http://127.0.0.1:" + stub.port()),
                        "LTAIstub", "stub");
                Supplier<URI> stubLoad = () ->
                        stubRequests.uri(Action.START_CONFIGURATION_RECORDER, ApiVersion.V2020_09_07, Map.of());
                LoadGenerator generator = new LoadGenerator(concurrency);
                // Warm-up: the JIT needs about a minute of this load to settle on two cores (measured: rates
                // still rose by half between the 10th and the 50th second); only steady-state rounds count.
                for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                    generator.forDuration(Duration.ofSeconds(seconds), load);
                    generator.forDuration(Duration.ofSeconds(seconds), stubLoad);
                }
                lines.add(WARM_UP_ROUNDS + " warm-up rounds of " + seconds + " s on each server, then " + ROUNDS
                        + " measured rounds, alternating; the ratio is taken per round, so a burst of noise on a"
                        + " shared machine weighs on one round, not on the figure.");
                lines.addAll(List.of("", "| round | server | requests/s | p50 | p99 | non-2xx |",
                        "|---|---|---|---|---|---|"));
                List<Double> ratios = new ArrayList<>();
                for (int round = 1; round <= ROUNDS; round++) {
                    LoadResult emulated = generator.forDuration(Duration.ofSeconds(seconds), load);
                    LoadResult plain = generator.forDuration(Duration.ofSeconds(seconds), stubLoad);
                    lines.add(row(round, "emulator: signed StartConfigurationRecorder / GetAggregator", emulated));
                    lines.add(row(round, "plain WireMock static stub", plain));
                    ratios.add(emulated.perSecond() / plain.perSecond());
                }
                double median = median(ratios);
                lines.add("");
                lines.add(String.format("Emulator / stub throughput per round: %s; median %.2f (%.0f%%).",
                        ratios.stream().map(r -> String.format("%.2f", r)).toList(), median, 100 * median));
            } finally {
                stub.stop();
            }
        }
        return lines;
    }

    private List<String> startup() throws Exception {
        List<Long> runs = new ArrayList<>();
        List<Long> baseline = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            runs.add(startupToFirstAnswer());
            long started = System.nanoTime();
            Process version = java(List.of("-jar", jarPath(), "--version"));
            version.getInputStream().readAllBytes();
            version.waitFor();
            baseline.add((System.nanoTime() - started) / 1_000_000);
        }
        return List.of("", "## 3. Emulator start-up", "", "Process start to the first answered signed request"
                + " (`java -jar ... emulator --port 0`), 5 runs: " + runs + " ms; median " + median(runs) + " ms.",
                "", "For scale, on the same machine in the same minutes: `java -jar ... --version` (JVM and command"
                + " line, nothing else), 5 runs: " + baseline + " ms; median " + median(baseline) + " ms.");
    }

    /** The middle value (the upper one of an even count). */
    private static <T extends Comparable<T>> T median(List<T> values) {
        return median(values, Comparator.naturalOrder());
    }

    /** The middle value in the given order (the upper one of an even count). */
    private static <T> T median(List<T> values, Comparator<? super T> order) {
        return values.stream().sorted(order).toList().get(values.size() / 2);
    }

    /** Heap after full GCs, sampled every fifth of the requests, in this JVM with the emulator in it. */
    private List<String> memory() throws Exception {
        List<String> lines = new ArrayList<>(List.of("", "## 4. Emulator memory over " + requests + " requests", "",
                "| requests served | heap used after GC | non-2xx answers |", "|---|---|---|"));
        try (Emulator emulator = new Emulator(new EmulatorSettings("127.0.0.1", 0, Duration.ZERO,
                EmulatorSettings.DEFAULT_TOLERANCE)).start()) {
            Supplier<URI> load = mixedLoad(emulator.baseUri());
            LoadGenerator generator = new LoadGenerator(concurrency);
            lines.add("| 0 | " + heapMiB() + " MiB | |");
            List<String> failures = new ArrayList<>();
            for (int fifth = 1; fifth <= 5; fifth++) {
                LoadResult chunk = generator.forRequests(requests / 5, load);
                lines.add("| " + (requests / 5 * fifth) + " | " + heapMiB() + " MiB | " + chunk.errors() + " |");
                if (!chunk.firstError().isEmpty()) {
                    failures.add(chunk.firstError());
                }
            }
            if (!failures.isEmpty()) {
                lines.add("");
                lines.add("First non-2xx answers: " + String.join("; ", failures));
            }
            lines.add("");
            lines.add("Remembered signature nonces at the end: " + emulator.state().nonces().size() + " of at most "
                    + emulator.state().nonces().capacity() + " (allocated at start; kept up to 30 minutes).");
        }
        return lines;
    }

    /** Alternating signed StartConfigurationRecorder and GetAggregator calls of two fresh accounts. */
    private static Supplier<URI> mixedLoad(URI base) {
        EmulatorControl control = new EmulatorControl(base, Duration.ofSeconds(5));
        TestAccount individual = control.createAccount("individual");
        TestAccount management = control.createAccount("management");
        control.setAggregatorCreation(management.accountId(), Duration.ZERO);
        long member = control.createMember(management.accountId()).accountId();
        ApiResponse created = new ConfigClient(ClientSettings.defaults(base, management.credentials()))
                .createAggregator(AggregatorRequest.create("bench", "CUSTOM").withDescription("bench").withAccounts(
                        "[{\"AccountId\":" + member + ",\"AccountType\":\"ResourceDirectory\"}]"));
        String id = ResponseFields.values(created.format(), created.body(), "AggregatorId").get(0);
        SignedRequests starts = new SignedRequests(base, individual.credentials().accessKeyId(),
                individual.credentials().accessKeySecret());
        SignedRequests reads = new SignedRequests(base, management.credentials().accessKeyId(),
                management.credentials().accessKeySecret());
        AtomicLong turn = new AtomicLong();
        return () -> turn.incrementAndGet() % 2 == 0
                ? starts.uri(Action.START_CONFIGURATION_RECORDER, ApiVersion.V2020_09_07, Map.of())
                : reads.uri(Action.GET_AGGREGATOR, ApiVersion.V2020_09_07, Map.of("AggregatorId", id));
    }

    /** The emulator's WireMock and Jetty options, answering every request with a fixed recorder body. */
    private static WireMockServer plainStub() {
        WireMockServer stub = new WireMockServer(ServerOptions.lean("127.0.0.1", 0));
        stub.start();
        stub.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody("{\"RequestId\":\"4D994662-6B27-536F-B320-38F4B3D58705\",\"ConfigurationRecorder\":"
                        + "{\"ConfigurationRecorderStatus\":\"REGISTERED\",\"ResourceTypes\":[\"ACS::ECS::Instance\"]}}")));
        return stub;
    }

    private double bareExchangeMillis() throws Exception {
        try (Emulator emulator = new Emulator(new EmulatorSettings("127.0.0.1", 0, Duration.ZERO,
                EmulatorSettings.DEFAULT_TOLERANCE)).start()) {
            Supplier<URI> load = mixedLoad(emulator.baseUri());
            LoadGenerator single = new LoadGenerator(1);
            single.forRequests(2000, load);
            return single.forRequests(2000, load).percentileMillis(50);
        }
    }

    private long startupToFirstAnswer() throws Exception {
        LoadGenerator client = new LoadGenerator(1); // made before the clock starts: its cost is not the emulator's
        long started = System.nanoTime();
        Process process = new ProcessBuilder(java(), "-jar", jarPath(), "emulator", "--port", "0").start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String url = null;
            for (String line = lines.readLine(); line != null && url == null; line = lines.readLine()) {
                Matcher m = Pattern.compile("listening on (http://\\S+)").matcher(line);
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

    private static String row(int round, String name, LoadResult result) {
        return String.format("| %d | %s | %.0f | %.2f ms | %.2f ms | %d%s |", round, name, result.perSecond(),
                result.percentileMillis(50), result.percentileMillis(99), result.errors(),
                result.firstError().isEmpty() ? "" : " (first: " + result.firstError().replace("|", "/") + ")");
    }

    /** Retained heap: the least of three readings, each after a full collection (one reading can catch garbage). */
    private static long heapMiB() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least / (1 << 20);
    }

    private String timingOf(Process process) throws Exception {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher m = TIMING.matcher(output);
        if (process.exitValue() != 0 || !m.find()) {
            throw new IllegalStateException("the suite run ended with exit " + process.exitValue() + ":\n" + output);
        }
        return m.group(1);
    }

    /** One suite run of the benchmark: its threads, and whether run relaunches itself in a tuned JVM. */
    private record SuiteRun(int threads, boolean tuned) {
    }

    private static Process java(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jarPath() throws Exception {
        Path path = Path.of(BenchmarkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!path.toString().endsWith(".jar")) {
            throw new IllegalStateException("the benchmark runs from target/config-conformance.jar");
        }
        return path.toString();
    }
}
