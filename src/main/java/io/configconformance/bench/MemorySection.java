package io.configconformance.bench;

import io.configconformance.emulator.Emulator;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Heap after full GCs, sampled every fifth of the requests, in this JVM with the emulator in it. */
final class MemorySection {

    private final int concurrency;
    private final long requests;

    MemorySection(int concurrency, long requests) {
        this.concurrency = concurrency;
        this.requests = requests;
    }

    List<String> measure() throws Exception {
        List<String> lines = new ArrayList<>(List.of("", "## 4. Emulator memory over " + requests + " requests", "",
                "| requests served | heap used after GC | non-2xx answers |", "|---|---|---|"));
        try (Emulator emulator = BenchSupport.instantEmulator()) {
            Supplier<URI> load = BenchSupport.mixedLoad(emulator.baseUri());
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
}
