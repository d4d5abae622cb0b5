package io.configconformance.steps;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.TestAccount;
import io.configconformance.protocol.ApiVersion;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
        if (world.createdGroups().isEmpty()) {
            return;
        }
        ConfigClient client = world.clientFor(world.management(), s -> s.withVersion(ApiVersion.V2020_09_07));
        for (Map.Entry<String, String> group : world.createdGroups().entrySet()) {
            ApiResponse response = world.retrying(client, c -> c.deleteAggregators(group.getValue()));
            boolean gone = response.isSuccess() || response.body().contains("Invalid.AggregatorId.Value");
            if (!gone) {
                problems.add("account group " + group.getKey() + " (" + group.getValue() + "): HTTP "
                        + response.status());
            }
        }
    }

    private void restoreResourceTypes(List<String> problems) {
        for (Map.Entry<Long, String> before : world.recorderTypesBefore().entrySet()) {
            if (before.getValue().isEmpty()) {
                continue;
            }
            TestAccount account = world.account();
            ConfigClient client = world.clientFor(account, s -> s.withVersion(ApiVersion.V2019_01_08));
            ApiResponse response = world.retrying(client, c -> c.putConfigurationRecorder(before.getValue()));
            if (!response.isSuccess()) {
                problems.add("resource types of account " + before.getKey() + " not restored: HTTP "
                        + response.status());
            }
        }
    }
}
