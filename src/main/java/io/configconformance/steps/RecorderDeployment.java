package io.configconformance.steps;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ConfigClient;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.suite.RealAccountRules;
import java.time.Duration;
import java.util.List;

/**
 * A deployment of the acting account's recorder, as the moment a ProcessIsRunning row is triggered by (A1). On the
 * emulator the control API makes it last a minute. On a real account a start begins it; a recorder that answers it
 * is registered already is given a new selection of resource types (journaled and put back like any change), which
 * redeploys it. The call judged follows at once; a recorder whose own answer shows it settled means the moment had
 * passed: NOT REACHED this time.
 */
public final class RecorderDeployment {

    private static final Duration HELD = Duration.ofSeconds(60);
    private static final List<String> DEPLOYING = List.of("BUILDING", "REBUILDING");

    private final ConformanceWorld world;
    private final Clients clients;
    private final Calls calls;
    private final ResponseReader reader;
    private final RecorderChanges changes;
    private final Moment moment;

    public RecorderDeployment(ConformanceWorld world, Clients clients, Calls calls, ResponseReader reader,
                              RecorderChanges changes, Moment moment) {
        this.world = world;
        this.clients = clients;
        this.calls = calls;
        this.reader = reader;
        this.changes = changes;
        this.moment = moment;
    }

    /** Begins a deployment of the acting account's recorder and returns while it is under way, or may be. */
    void begin() {
        if (world.onEmulator()) {
            world.control(RealAccountRules.MOMENT).setRecorderTransition(world.account().accountId(), HELD);
            world.held(HELD);
            moment.heldByTheEmulator();
            calls.setup(clients.acting(), ConfigClient::startConfigurationRecorder);
            return;
        }
        changes.settledFirst();
        moment.begin("the start");
        ApiResponse start = calls.setup(clients.acting(), ConfigClient::startConfigurationRecorder,
                answer -> answer.isSuccess() || answer.body().contains("ProcessIsRunning"));
        if (deploying(start)) {
            return;
        }
        String answered = status();
        List<String> types = reader.all(RecorderChanges.RECORDER + "ResourceTypes");
        changes.keepTypesToRestore();
        String selection = String.join(",", types.size() > 1 ? types.subList(0, types.size() - 1)
                : List.of(types.contains("ACS::ECS::Disk") ? "ACS::ECS::Instance" : "ACS::ECS::Disk"));
        moment.begin("a new selection of resource types");
        ApiResponse put = calls.setup(clients.acting(s -> s.withVersion(ApiVersion.V2019_01_08)),
                client -> client.putConfigurationRecorder(selection));
        if (!deploying(put)) {
            throw moment.passed("the recorder answered " + answered + " to the start, and " + status(),
                    "before the next call: its redeployment had ended");
        }
    }

    /**
     * After the call judged, sent at once: a success whose answer shows the recorder settled means the deployment had
     * ended first. Any other answer is judged: an error, or a success while the recorder still deploys.
     */
    void unlessItHadEnded(String call) {
        ApiResponse answer = calls.lastResponse();
        if (!moment.mayHavePassed() || !answer.isSuccess()) {
            return;
        }
        List<String> status = reader.allIfReadable(RecorderChanges.STATUS);
        if (status.size() == 1 && !DEPLOYING.contains(status.get(0))) {
            throw moment.passed("the recorder answered " + status.get(0) + " to " + call,
                    "so its deployment had ended before that call");
        }
    }

    /**
     * After a new selection, sent at once: a success cannot be judged, because a selection accepted begins a
     * deployment of its own, so its answer shows the recorder deploying whether the earlier deployment had ended
     * before the call (what a service may do, and did in a run 500 ms from its start) or the service let the
     * selection change during it. Only an error is judged; a success is NOT REACHED this time, with what it answered.
     */
    void unlessItMayHaveEnded(String call) {
        ApiResponse answer = calls.lastResponse();
        if (!moment.mayHavePassed() || !answer.isSuccess()) {
            return;
        }
        throw moment.passed("the recorder accepted " + call + " (HTTP " + answer.status() + ", " + status()
                + ", a deployment of its own)", "so whether the earlier deployment had ended first cannot be told");
    }

    private boolean deploying(ApiResponse answer) {
        return !answer.isSuccess() || DEPLOYING.contains(status());
    }

    private String status() {
        List<String> status = reader.allIfReadable(RecorderChanges.STATUS);
        return status.size() == 1 ? status.get(0) : "no ConfigurationRecorderStatus";
    }
}
