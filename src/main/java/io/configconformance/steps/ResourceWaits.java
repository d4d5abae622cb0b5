package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.fail;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.HttpStats;
import io.configconformance.recording.Recorder;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Waits as a real client must before it changes what it has just asked for: until an account group is created
 * (GetAggregator shows AggregatorStatus 1; the official Terraform provider polls it the same way) and until a
 * recorder or an enterprise deployment has left BUILDING / REBUILDING. Polls back off from 100 ms (or from the
 * deployment time the emulator's accounts were given) to 5 s, within the run's resource wait
 * ({@code run --resource-wait}, 300 s by default); a resource that never settles ends the scenario saying what it
 * waited for.
 */
public final class ResourceWaits {

    private static final long FIRST_PAUSE_MILLIS = 100;
    private static final long LONGEST_PAUSE_MILLIS = 5_000;
    private static final String GROUP_STATUS = "Aggregator.AggregatorStatus";

    private final ConformanceWorld world;
    private final Calls calls;
    private final Judge judge;

    public ResourceWaits(ConformanceWorld world, Calls calls, Judge judge) {
        this.world = world;
        this.calls = calls;
        this.judge = judge;
    }

    /** Until the group is created: AggregatorStatus 1 (an answer without the field counts as created). */
    public void groupCreated(ConfigClient client, String aggregatorId) {
        until(client, c -> c.getAggregator(aggregatorId), GROUP_STATUS, status -> !status.equals("0"),
                "account group " + aggregatorId + " to be created (AggregatorStatus 1)");
    }

    /** Until the status at {@code path} of the caller's recorder is no longer BUILDING or REBUILDING. */
    public void recorderSettled(ConfigClient client, String path) {
        until(client, RecorderSteps::read, path, status -> !status.equals("BUILDING") && !status.equals("REBUILDING"),
                path.substring(path.lastIndexOf('.') + 1) + " to leave BUILDING and REBUILDING");
    }

    private void until(ConfigClient client, Function<ConfigClient, ApiResponse> read, String path,
                       Predicate<String> settled, String what) {
        Duration limit = world.options().resourceWait();
        long deadline = System.nanoTime() + limit.toNanos();
        // Against the emulator the deployment time is known: the first pause is that long, and usually the last.
        long pause = Math.max(FIRST_PAUSE_MILLIS, world.accounts().deployment().toMillis());
        Recorder.pollStarted();
        try {
            poll(client, read, path, settled, what, limit, deadline, pause);
        } finally {
            Recorder.pollEnded();
        }
    }

    private void poll(ConfigClient client, Function<ConfigClient, ApiResponse> read, String path,
                      Predicate<String> settled, String what, Duration limit, long deadline, long firstPause) {
        long pause = firstPause;
        String last = "no answer";
        while (true) {
            ApiResponse answer = calls.setup(client, read);
            List<String> values = calls.lastFields().values(path);
            if (values.isEmpty() || settled.test(values.get(0))) {
                return;
            }
            last = values.get(0);
            if (System.nanoTime() + pause * 1_000_000 > deadline) {
                String status = last;
                judge.that(() -> fail("waited " + limit.toSeconds() + " s for " + what + "; still " + status
                        + " (run --resource-wait SECONDS sets the limit)"));
            }
            try {
                HttpStats.sleepOnPurpose(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }
}
