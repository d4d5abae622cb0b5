package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.fail;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ConfigClient;
import io.configconformance.recording.Recorder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Waits as a real client must before it changes what it has just asked for: until an account group is created
 * (GetAggregator shows AggregatorStatus 1; the official Terraform provider polls it the same way) and until a
 * recorder or an enterprise deployment has left BUILDING / REBUILDING. Polls back off from 100 ms (or from the
 * deployment time the emulator's accounts were given) to 5 s.
 *
 * <p>How long: against a real endpoint, the run's resource wait ({@code run --resource-wait}, 300 s by default); once
 * a wait of an account has run out, every other wait of the same kind on that account, in this scenario or another,
 * ends at once naming the first, so a service that never settles costs one wait, not one per scenario. Against the
 * emulator, whose timings the suite set, a small multiple of the longest of them (at least {@value #EMULATOR_FLOOR_S}
 * s, at most the resource wait). A resource that never settles ends the scenario saying what it waited for.
 */
public final class ResourceWaits {

    private static final long FIRST_PAUSE_MILLIS = 100;
    private static final long LONGEST_PAUSE_MILLIS = 5_000;
    private static final long EMULATOR_FLOOR_S = 20;
    private static final int EMULATOR_MULTIPLE = 5;
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
        groupCreated(client, aggregatorId, true);
    }

    /** Until the status at {@code path} of the caller's recorder is no longer BUILDING or REBUILDING. */
    public void recorderSettled(ConfigClient client, String path) {
        recorderSettled(client, path, true);
    }

    /**
     * The same wait for cleanup, which must try to put back what it can whatever happened before: it waits its own
     * full time even when a wait on the account ran out, and its running out does not cut later waits short.
     */
    public void groupCreatedBeforeCleanup(ConfigClient client, String aggregatorId) {
        groupCreated(client, aggregatorId, false);
    }

    /** See {@link #groupCreatedBeforeCleanup}. */
    public void recorderSettledBeforeCleanup(ConfigClient client, String path) {
        recorderSettled(client, path, false);
    }

    private void groupCreated(ConfigClient client, String aggregatorId, boolean shared) {
        until(client, c -> c.getAggregator(aggregatorId), GROUP_STATUS, status -> !status.equals("0"),
                shared ? "group creation" : null, "account group " + aggregatorId + " to be created (AggregatorStatus 1)");
    }

    private void recorderSettled(ConfigClient client, String path, boolean shared) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        until(client, RecorderSteps::read, path, status -> !status.equals("BUILDING") && !status.equals("REBUILDING"),
                shared ? field : null, field + " to leave BUILDING and REBUILDING");
    }

    /** How long a wait may last: the resource wait, or against the emulator a small multiple of its timings. */
    Duration limit() {
        return limit(world.onEmulator(), world.options().resourceWait(), world.accounts().deployment(),
                world.longestHeld());
    }

    /**
     * The resource wait on a real endpoint; on the emulator {@value #EMULATOR_MULTIPLE} times the longer of the
     * accounts' deployment time and the longest timing the scenario set, at least {@value #EMULATOR_FLOOR_S} s and at
     * most the resource wait.
     */
    static Duration limit(boolean onEmulator, Duration resourceWait, Duration deployment, Duration held) {
        if (!onEmulator) {
            return resourceWait;
        }
        Duration longest = deployment.compareTo(held) > 0 ? deployment : held;
        Duration bound = longest.multipliedBy(EMULATOR_MULTIPLE);
        bound = bound.compareTo(Duration.ofSeconds(EMULATOR_FLOOR_S)) < 0 ? Duration.ofSeconds(EMULATOR_FLOOR_S) : bound;
        return bound.compareTo(resourceWait) < 0 ? bound : resourceWait;
    }

    private void until(ConfigClient client, Function<ConfigClient, ApiResponse> read, String path,
                       Predicate<String> settled, String kind, String what) {
        String key = kind == null ? null : client.settings().credentials().accessKeyId() + " " + kind;
        Duration limit = limit();
        long deadline = System.nanoTime() + limit.toNanos();
        // Against the emulator the deployment time is known: the first pause is that long, and usually the last.
        long pause = Math.max(FIRST_PAUSE_MILLIS, world.accounts().deployment().toMillis());
        Recorder recorder = world.run().recorder();
        recorder.pollStarted();
        try {
            poll(client, read, path, settled, key, what, limit, deadline, pause);
        } finally {
            recorder.pollEnded();
        }
    }

    private void poll(ConfigClient client, Function<ConfigClient, ApiResponse> read, String path,
                      Predicate<String> settled, String key, String what, Duration limit, long deadline,
                      long firstPause) {
        long pause = firstPause;
        while (true) {
            ranOutBefore(key, what);
            ApiResponse answer = calls.setup(client, read);
            List<String> values = calls.lastFields().values(path);
            if (values.isEmpty() || settled.test(values.get(0))) {
                return;
            }
            String status = values.get(0);
            if (System.nanoTime() + pause * 1_000_000 > deadline) {
                String reason = "waited " + limit.toSeconds() + " s for " + what + "; still " + status;
                if (key != null) {
                    world.run().ranOutWaits().putIfAbsent(key, "\"" + world.scenarioName() + "\" " + reason);
                }
                judge.that(() -> fail(reason + " (run --resource-wait SECONDS sets the limit)"));
            }
            try {
                world.run().stats().sleepOnPurpose(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what);
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    /** Ends this wait at once when a wait of the same kind on the same account has already run out in this run. */
    private void ranOutBefore(String key, String what) {
        Optional.ofNullable(key == null ? null : world.run().ranOutWaits().get(key)).ifPresent(first -> judge.that(() -> fail("did not wait for " + what
                + ": a wait of the same kind on this account ran out before (" + first + ")")));
    }
}
