package io.configconformance.bench;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.protocol.Action;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.report.RunTiming;
import io.configconformance.validation.ResponseFields;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** What the benchmark's sections share: the emulator they load, the load itself, medians and child JVMs. */
final class BenchSupport {

    private BenchSupport() {
    }

    /** An emulator in this JVM whose deployments and group creation take no time. */
    static Emulator instantEmulator() {
        return new Emulator(new EmulatorSettings("127.0.0.1", 0, Duration.ZERO, EmulatorSettings.DEFAULT_TOLERANCE))
                .start();
    }

    /** Alternating signed StartConfigurationRecorder and GetAggregator calls of two fresh accounts. */
    static Supplier<URI> mixedLoad(URI base) {
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

    /** The middle value (the upper one of an even count). */
    static <T extends Comparable<T>> T median(List<T> values) {
        return median(values, Comparator.naturalOrder());
    }

    /** The middle value in the given order (the upper one of an even count). */
    static <T> T median(List<T> values, Comparator<? super T> order) {
        return values.stream().sorted(order).toList().get(values.size() / 2);
    }

    /** What one suite run took: its process's wall time and the timing it wrote to its report folder. */
    record SuiteTiming(long wall, RunTiming timing) {
    }

    /**
     * Runs the suite as a user does ({@code java [options] -jar ... run ...}) in a child JVM, and reads the timing it
     * wrote to {@code reports}; a run that does not pass stops the benchmark with its output.
     */
    static SuiteTiming runSuite(List<String> command, Path reports, String what) throws Exception {
        long started = System.nanoTime();
        Process process = java(command);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        long wall = (System.nanoTime() - started) / 1_000_000;
        if (process.exitValue() != 0) {
            throw new IllegalStateException(what + " ended with exit " + process.exitValue() + ":\n" + output);
        }
        return new SuiteTiming(wall, RunTiming.read(reports));
    }

    /** A child JVM of this Java running the arguments, its output and errors in one stream. */
    static Process java(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String jarPath() throws Exception {
        Path path = Path.of(BenchmarkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!path.toString().endsWith(".jar")) {
            throw new IllegalStateException("the benchmark runs from target/config-conformance.jar");
        }
        return path.toString();
    }
}
