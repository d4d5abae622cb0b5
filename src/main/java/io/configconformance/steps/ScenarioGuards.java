package io.configconformance.steps;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.TestAccount;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.suite.RealAccountRules;
import io.configconformance.validation.ResponseFields;
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
 * timings, an account that does not exist) or a fresh account, and one that would leave behind what cannot be undone
 * (@irreversible), is skipped against an endpoint without the control API, and one that changes account state
 * (@mutating) is skipped there unless the run allows it; the reason is in every report. After a scenario, even a
 * failed one: the account groups it created are deleted once created, and the resource types it changed are put back
 * once the recorder has settled.
 */
public final class ScenarioGuards {

    private static final String STATUS = "ConfigurationRecorder.ConfigurationRecorderStatus";

    private final ConformanceWorld world;
    private final Clients clients;
    private final Calls calls;
    private final ResourceWaits waits;

    public ScenarioGuards(ConformanceWorld world, Clients clients, Calls calls, ResourceWaits waits) {
        this.world = world;
        this.clients = clients;
        this.calls = calls;
        this.waits = waits;
    }

    @Before(order = 0)
    public void skipWhatCannotRunHere(Scenario scenario) {
        if (world.onEmulator()) {
            return;
        }
        RealAccountRules.skipReason(scenario.getSourceTagNames(), world.options().allowMutating()).ifPresent(reason -> {
            throw new TestAbortedException(reason);
        });
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
        for (Map.Entry<String, TestAccount> group : world.createdGroups().entrySet()) {
            String id = group.getKey();
            ConfigClient client = clients.of(group.getValue(), s -> s.withVersion(ApiVersion.V2020_09_07));
            // A group still being created may refuse to go; fresh emulator accounts are thrown away with it anyway.
            String waited = world.accounts().disposable() ? null : attempt(() -> waits.groupCreated(client, id));
            String refusal = attempt(() -> calls.setup(client, c -> c.deleteAggregators(id),
                    answer -> answer.isSuccess() && refusals(answer).isEmpty()
                            || answer.body().contains("Invalid.AggregatorId.Value")));
            if (refusal != null && !world.accounts().disposable()) {
                problems.add("account group " + id + ": " + refusal + (waited == null ? "" : " (" + waited + ")"));
            }
        }
    }

    /** The error codes of the groups a DeleteAggregators answer did not delete. */
    private static List<String> refusals(ApiResponse response) {
        try {
            return ResponseFields.values(response.format(), response.body(),
                    "OperateAggregatorsResult.OperateAggregators.ErrorCode").stream().filter(c -> !c.isEmpty()).toList();
        } catch (IllegalArgumentException unreadable) {
            return List.of();
        }
    }

    private void restoreResourceTypes(List<String> problems) {
        for (Map.Entry<Long, String> before : world.recorderTypesBefore().entrySet()) {
            if (before.getValue().isEmpty()) {
                continue;
            }
            String types = before.getValue();
            ConfigClient client = clients.of(world.account(), s -> s.withVersion(ApiVersion.V2019_01_08));
            // A redeployment in progress refuses changes; the next scenario must find the recorder settled too.
            String problem = attempt(() -> waits.recorderSettled(client, STATUS));
            boolean restored = problem == null
                    && (problem = attempt(() -> calls.setup(client, c -> c.putConfigurationRecorder(types)))) == null
                    && (problem = attempt(() -> waits.recorderSettled(client, STATUS))) == null;
            if (!restored) {
                problems.add("resource types of account " + before.getKey() + " not restored to "
                        + before.getValue() + (problem == null ? "" : " (" + problem + ")"));
            }
        }
    }

    /** Null when the step succeeded, else why not: cleanup goes on after a failed wait. */
    private static String attempt(Runnable step) {
        try {
            step.run();
            return null;
        } catch (AssertionError | RuntimeException e) {
            return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        }
    }
}
