package io.configconformance.bench;

import static io.configconformance.bench.BenchSupport.median;

import io.configconformance.emulator.state.NonceCache;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The emulator's per-request machinery against nothing, in this JVM after warm-up: its nonce memory (a
 * {@code LinkedHashMap} of digests that forgets by age and size, the standard mechanism since an open-addressing table
 * gained a run nothing) against a plain concurrent set that forgets nothing. The cost per call, times the exchanges of
 * one run, as a share of that run's wall time, is what the piece costs a run; the heap it holds when full is stated.
 */
final class PerRequestMachinery {

    private static final int CALLS = 200_000;
    private static final int ROUNDS = 5;

    private final long exchanges;
    private final long runWallMillis;

    PerRequestMachinery(long exchanges, long runWallMillis) {
        this.exchanges = exchanges;
        this.runWallMillis = runWallMillis;
    }

    List<String> measure() throws Exception {
        Map<String, LongSupplier> pieces = new LinkedHashMap<>();
        pieces.put("nonce memory (emulator/state/NonceCache, LinkedHashMap of digests)",
                () -> nonces(new NonceCache(Duration.ofMinutes(15))::firstUse));
        pieces.put("nonce: ConcurrentHashMap set, never forgets (nothing)", () -> {
            Set<String> seen = ConcurrentHashMap.newKeySet();
            return nonces((key, nonce, now) -> seen.add(key + '\n' + nonce));
        });
        Map<String, List<Double>> nanos = new LinkedHashMap<>();
        for (int round = 0; round <= ROUNDS; round++) { // round 0 warms up
            for (Map.Entry<String, LongSupplier> piece : pieces.entrySet()) {
                long started = System.nanoTime();
                long sink = piece.getValue().getAsLong();
                double perCall = (System.nanoTime() - started) / (double) CALLS;
                if (round > 0 && sink != 42) {
                    nanos.computeIfAbsent(piece.getKey(), k -> new ArrayList<>()).add(perCall);
                }
            }
        }
        List<String> lines = new ArrayList<>(List.of("", "Per-request pieces, in this JVM (C2, warm), " + CALLS
                + " calls a round, " + ROUNDS + " rounds in turn after one of warm-up; cost in one run = per call"
                + " × " + exchanges + " exchanges, against the default run's median wall of " + runWallMillis
                + " ms:", "", "| piece | per call (median) | in one run | share of the run's wall |", "|---|---|---|---|"));
        for (Map.Entry<String, List<Double>> piece : nanos.entrySet()) {
            double perCall = median(piece.getValue());
            double inRun = perCall * exchanges / 1e6;
            lines.add(String.format("| %s | %.0f ns | %.2f ms | %.3f%% |", piece.getKey(), perCall, inRun,
                    100 * inRun / runWallMillis));
        }
        lines.addAll(heapWhenFull());
        return lines;
    }

    /** Retained heap of the nonce memory holding its capacity of nonces (least of three readings). */
    private static List<String> heapWhenFull() {
        List<String> lines = new ArrayList<>(List.of("", "Heap the nonce memory retains when it holds "
                + NonceCache.DEFAULT_CAPACITY + " nonces (its capacity):", ""));
        Map<String, java.util.function.Supplier<NonceCheck>> memories = new LinkedHashMap<>();
        memories.put("nonce memory", () -> new NonceCache(Duration.ofMinutes(15))::firstUse);
        for (Map.Entry<String, java.util.function.Supplier<NonceCheck>> memory : memories.entrySet()) {
            long before = retainedHeap();
            NonceCheck check = memory.getValue().get();
            Instant now = Instant.now();
            for (int i = 0; i < NonceCache.DEFAULT_CAPACITY; i++) {
                check.firstUse("LTAIbenchmark000000001", "5f2b0c1e-" + i, now);
            }
            long held = retainedHeap() - before;
            lines.add(String.format("- %s: %.1f MiB.", memory.getKey(), held / 1048576.0));
            if (check.firstUse("LTAIbenchmark000000001", "5f2b0c1e-0", now)) { // keeps it reachable until here
                lines.add("  (it forgot a nonce it should hold)");
            }
        }
        return lines;
    }

    private static long retainedHeap() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        }
        return least;
    }

    private interface NonceCheck {
        boolean firstUse(String accessKeyId, String nonce, Instant now);
    }

    private static long nonces(NonceCheck check) {
        Instant now = Instant.now();
        long first = 0;
        for (int i = 0; i < CALLS; i++) {
            first += check.firstUse("LTAIbenchmark000000001", "5f2b0c1e-" + i, now) ? 1 : 0;
        }
        return first;
    }
}
