package io.configconformance.bench;

import static io.configconformance.bench.BenchSupport.median;

import io.configconformance.emulator.state.NonceCache;
import io.configconformance.signing.Digests;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BinaryOperator;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The per-request machinery against the standard mechanism and against nothing, in this JVM after warm-up: the
 * emulator's nonce memory (a {@code LinkedHashMap} of digests that forgets by age and size, the standard mechanism
 * since an open-addressing table gained a run nothing) against a plain concurrent set that forgets nothing; the
 * signature's HMAC with a {@code Mac} per call (what {@code Digests} does) against one {@code Mac} kept by the thread
 * (the per-thread cache it had). The cost per call, times the calls of one run, as a share of that run's wall time, is
 * what the piece costs or can gain a run; the heap the nonce memory holds when full is stated.
 */
final class PerRequestMachinery {

    private static final int CALLS = 200_000;
    /** An HMAC costs microseconds where a nonce costs nanoseconds: fewer calls keep a round near a second. */
    private static final int HMAC_CALLS = 20_000;
    /** A string to sign of the size a signed request has. */
    private static final String TO_SIGN = "GET&%2F&" + "x".repeat(392);
    private static final String KEY = "benchmark-secret&";

    /** A piece timed by {@code calls} calls a round; each exchange of a run makes {@code perExchange} of them. */
    private record Piece(int calls, int perExchange, LongSupplier run) {
    }
    private static final int ROUNDS = 5;

    private final long exchanges;
    private final long runWallMillis;

    PerRequestMachinery(long exchanges, long runWallMillis) {
        this.exchanges = exchanges;
        this.runWallMillis = runWallMillis;
    }

    List<String> measure() throws Exception {
        Map<String, Piece> pieces = new LinkedHashMap<>();
        pieces.put("nonce memory (emulator/state/NonceCache, LinkedHashMap of digests)", new Piece(CALLS, 1,
                () -> nonces(new NonceCache(Duration.ofMinutes(15))::firstUse)));
        pieces.put("nonce: ConcurrentHashMap set, never forgets (nothing)", new Piece(CALLS, 1, () -> {
            Set<String> seen = ConcurrentHashMap.newKeySet();
            return nonces((key, nonce, now) -> seen.add(key + '\n' + nonce));
        }));
        // signed by the client and checked by the emulator: two HMACs an exchange at most
        pieces.put("HMAC-SHA1: a Mac per call (signing/Digests)", new Piece(HMAC_CALLS, 2,
                () -> hmacs(Digests::hmacSha1)));
        pieces.put("HMAC-SHA1: one Mac kept by the thread (the former per-thread cache)", new Piece(HMAC_CALLS, 2,
                () -> hmacs(keptMac())));
        Map<String, List<Double>> nanos = new LinkedHashMap<>();
        for (int round = 0; round <= ROUNDS; round++) { // round 0 warms up
            for (Map.Entry<String, Piece> piece : pieces.entrySet()) {
                long started = System.nanoTime();
                long sink = piece.getValue().run().getAsLong();
                double perCall = (System.nanoTime() - started) / (double) piece.getValue().calls();
                if (round > 0 && sink != 42) {
                    nanos.computeIfAbsent(piece.getKey(), k -> new ArrayList<>()).add(perCall);
                }
            }
        }
        List<String> lines = new ArrayList<>(List.of("", "Per-request pieces, in this JVM (C2, warm), " + CALLS
                + " calls a round (an HMAC " + HMAC_CALLS + "), " + ROUNDS + " rounds in turn after one of warm-up;"
                + " cost in one run = per call × " + exchanges + " exchanges (an HMAC twice: signed and checked),"
                + " against the default run's median wall of " + runWallMillis + " ms:", "",
                "| piece | per call (median) | in one run | share of the run's wall |", "|---|---|---|---|"));
        for (Map.Entry<String, List<Double>> piece : nanos.entrySet()) {
            double perCall = median(piece.getValue());
            double inRun = perCall * exchanges * pieces.get(piece.getKey()).perExchange() / 1e6;
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

    private static long hmacs(BinaryOperator<byte[]> hmac) {
        byte[] key = KEY.getBytes(StandardCharsets.UTF_8);
        byte[] toSign = TO_SIGN.getBytes(StandardCharsets.UTF_8);
        long sum = 0;
        for (int i = 0; i < HMAC_CALLS; i++) {
            sum += hmac.apply(key, toSign)[0];
        }
        return sum;
    }

    /** The cache Digests had: the thread's one {@code Mac}, given a key and the data for each call. */
    private static BinaryOperator<byte[]> keptMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            return (key, data) -> {
                try {
                    mac.init(new SecretKeySpec(key, "HmacSHA1")); // a key per call, as Digests made it
                } catch (java.security.InvalidKeyException e) {
                    throw new IllegalStateException(e);
                }
                return mac.doFinal(data);
            };
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is mandatory in every JRE", e);
        }
    }
}
