package io.configconformance.bench;

import static io.configconformance.bench.BenchSupport.median;

import io.configconformance.emulator.gateway.JsonText;
import io.configconformance.emulator.state.NonceCache;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The emulator's per-request machinery, each against the standard mechanism and against nothing, in this JVM after
 * warm-up: the open-addressing nonce table against a {@code LinkedHashMap} that forgets by age and size, and against a
 * plain concurrent set that forgets nothing; the hand JSON writer against Jackson's streaming generator. The cost
 * per call, times the exchanges of one run, as a share of that run's wall time, is what the piece can gain a run.
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
        pieces.put("nonce table (emulator/state/NonceCache)", () -> nonces(new NonceCache(Duration.ofMinutes(15))
                ::firstUse));
        pieces.put("nonce: LinkedHashMap forgetting by age and size (standard)", () -> nonces(new ExpiringMap()::firstUse));
        pieces.put("nonce: ConcurrentHashMap set, never forgets (nothing)", () -> {
            Set<String> seen = ConcurrentHashMap.newKeySet();
            return nonces((key, nonce, now) -> seen.add(key + '\n' + nonce));
        });
        Map<String, Object> body = sampleBody();
        pieces.put("JSON: hand writer (emulator/gateway/JsonText)", () -> json(() -> JsonText.write(body)));
        pieces.put("JSON: Jackson streaming generator (standard)", () -> json(() -> jackson(body)));
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
        return lines;
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

    private static long json(java.util.function.Supplier<String> writer) {
        long length = 0;
        for (int i = 0; i < CALLS; i++) {
            length += writer.get().length();
        }
        return length;
    }

    /** The standard replay memory: insertion order, the eldest forgotten when too old or beyond the capacity. */
    private static final class ExpiringMap {
        private final long keepMillis = Duration.ofMinutes(30).toMillis();
        private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > NonceCache.DEFAULT_CAPACITY;
            }
        };

        synchronized boolean firstUse(String accessKeyId, String nonce, Instant now) {
            long millis = now.toEpochMilli();
            var eldest = seen.entrySet().iterator();
            while (eldest.hasNext() && eldest.next().getValue() < millis - keepMillis) {
                eldest.remove();
            }
            return seen.putIfAbsent(accessKeyId + '\n' + nonce, millis) == null;
        }
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private static String jackson(Object body) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(generator, body);
        }
        return out.toString();
    }

    private static void write(JsonGenerator generator, Object value) {
        if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getValue() != null) {
                    generator.writeName(String.valueOf(entry.getKey()));
                    write(generator, entry.getValue());
                }
            }
            generator.writeEndObject();
        } else if (value instanceof Collection<?> items) {
            generator.writeStartArray();
            for (Object item : items) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else {
            generator.writeString(String.valueOf(value));
        }
    }

    /** A GetAggregator answer of three member accounts, the shape of the emulator's larger answers. */
    private static Map<String, Object> sampleBody() {
        List<Object> accounts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("AccountId", 1_000_000_000_000_001L + i);
            account.put("AccountName", "member-" + i);
            account.put("AccountType", "ResourceDirectory");
            account.put("RecorderStatus", "REGISTERED");
            accounts.add(account);
        }
        Map<String, Object> aggregator = new LinkedHashMap<>();
        aggregator.put("AggregatorId", "ca-5b6c7d8e9f0a1b2c3d4e");
        aggregator.put("AggregatorName", "bench \"quoted\" name");
        aggregator.put("AggregatorType", "CUSTOM");
        aggregator.put("AggregatorStatus", 1);
        aggregator.put("AggregatorCreateTimestamp", 1_764_000_000_000L);
        aggregator.put("Description", "line\nbreak");
        aggregator.put("AggregatorAccounts", accounts);
        return Map.of("RequestId", "4D994662-6B27-536F-B320-38F4B3D58705", "Aggregator", aggregator);
    }
}
