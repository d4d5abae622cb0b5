package io.configconformance.steps;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.HttpStats;
import io.configconformance.client.TestAccount;
import io.configconformance.protocol.ApiVersion;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import io.configconformance.validation.ResponseFields;
import java.time.Duration;
import java.util.Map;
import org.opentest4j.TestAbortedException;

/**
 * What keeps a run safe on a real account. Before a scenario: one that needs the emulator (fault injection,
 * timings, an account that does not exist) is skipped against an endpoint without the control API, and one that
 * changes account state (@mutating) is skipped there unless the run allows it; the reason is in every report. After
 * a scenario, even a failed one: the account groups it created are deleted and the resource types it changed are
 * put back.
 */
public final class ScenarioGuards {

    private static final List<String> NEEDS_EMULATOR = List.of("@needs-fault-injection", "@needs-emulator-control",
            "@role-nonexistent");
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(5);

    private final ConformanceWorld world;

    public ScenarioGuards(ConformanceWorld world) {
        this.world = world;
    }

    @Before(order = 0)
    public void skipWhatCannotRunHere(Scenario scenario) {
        if (world.onEmulator()) {
            return;
        }
        for (String tag : NEEDS_EMULATOR) {
            if (scenario.getSourceTagNames().contains(tag)) {
                throw new TestAbortedException("needs the emulator's control API (" + tag + ")");
            }
        }
        if (scenario.getSourceTagNames().contains("@needs-fresh-account")) {
            throw new TestAbortedException("needs an account in its initial state (@needs-fresh-account): only the"
                    + " emulator creates fresh accounts");
        }
        if (scenario.getSourceTagNames().contains("@mutating") && !world.options().allowMutating()) {
            throw new TestAbortedException("changes the state of a real account (@mutating): run with"
                    + " --allow-mutating to include it");
        }
    }

    @After(order = 100)
    public void putBackWhatTheScenarioChanged(Scenario scenario) {
        List<String> problems = new ArrayList<>();
        deleteCreatedGroups(problems);
        restoreResourceTypes(problems);
        if (!problems.isEmpty()) {
            String text = "cleanup left things behind (`config-conformance.jar sweep` removes leftover groups):\n"
                    + String.join("\n", problems);
            scenario.attach(text.getBytes(StandardCharsets.UTF_8), "text/plain", "cleanup");
            System.err.println(scenario.getName() + ": " + text);
        }
    }

    private void deleteCreatedGroups(List<String> problems) {
        if (world.createdGroupIds().isEmpty()) {
            return;
        }
        ConfigClient client = world.clientFor(world.management(), s -> s.withVersion(ApiVersion.V2020_09_07));
        for (String id : world.createdGroupIds()) {
            ApiResponse response = world.retrying(client, c -> c.deleteAggregators(id));
            boolean gone = response.isSuccess() || response.body().contains("Invalid.AggregatorId.Value");
            if (!gone) {
                problems.add("account group " + id + ": HTTP " + response.status());
            }
        }
    }

    /** Waits, within a limit, until the recorder is no longer BUILDING or REBUILDING. */
    private boolean settled(ConfigClient client) {
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            ApiResponse read = world.retrying(client, ConfigClient::describeConfigurationRecorder);
            List<String> status = ResponseFields.values(read.format(), read.body(),
                    "ConfigurationRecorder.ConfigurationRecorderStatus");
            if (read.isSuccess() && !status.contains("BUILDING") && !status.contains("REBUILDING")) {
                return true;
            }
            try {
                HttpStats.pause(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private void restoreResourceTypes(List<String> problems) {
        for (Map.Entry<Long, String> before : world.recorderTypesBefore().entrySet()) {
            if (before.getValue().isEmpty()) {
                continue;
            }
            TestAccount account = world.account();
            ConfigClient client = world.clientFor(account, s -> s.withVersion(ApiVersion.V2019_01_08));
            // A redeployment in progress refuses changes; the next scenario must find the recorder settled too.
            boolean restored = settled(client) && world.retrying(client,
                    c -> c.putConfigurationRecorder(before.getValue())).isSuccess() && settled(client);
            if (!restored) {
                problems.add("resource types of account " + before.getKey() + " not restored to "
                        + before.getValue());
            }
        }
    }
}
