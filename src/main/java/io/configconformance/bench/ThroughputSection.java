package io.configconformance.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.server.ServerOptions;
import io.configconformance.protocol.Action;
import io.configconformance.protocol.ApiVersion;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The emulator and a plain WireMock stub on the same server options, the same request stream, in turn. */
final class ThroughputSection {

    private static final int ROUNDS = 5;
    private static final int WARM_UP_ROUNDS = 4;

    private final int concurrency;
    private final int seconds;

    ThroughputSection(int concurrency, int seconds) {
        this.concurrency = concurrency;
        this.seconds = seconds;
    }

    List<String> measure() throws Exception {
        List<String> lines = new ArrayList<>(List.of("", "## 2. Throughput at concurrency " + concurrency, ""));
        try (Emulator emulator = BenchSupport.instantEmulator()) {
            Supplier<URI> load = BenchSupport.mixedLoad(emulator.baseUri());
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
                double median = BenchSupport.median(ratios);
                lines.add("");
                lines.add(String.format("Emulator / stub throughput per round: %s; median %.2f (%.0f%%).",
                        ratios.stream().map(r -> String.format("%.2f", r)).toList(), median, 100 * median));
            } finally {
                stub.stop();
            }
        }
        return lines;
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

    private static String row(int round, String name, LoadResult result) {
        return String.format("| %d | %s | %.0f | %.2f ms | %.2f ms | %d%s |", round, name, result.perSecond(),
                result.percentileMillis(50), result.percentileMillis(99), result.errors(),
                result.firstError().isEmpty() ? "" : " (first: " + result.firstError().replace("|", "/") + ")");
    }
}
