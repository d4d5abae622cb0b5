package io.configconformance.steps;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ConfigClient;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.suite.RealAccountRules;
import io.configconformance.suite.RunContext;
import io.configconformance.validation.ResponseFields;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
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
    private final BegunOnAccounts begunOn;
    private final Set<String> deleted = new HashSet<>();

    public ScenarioGuards(ConformanceWorld world, Clients clients, Calls calls, ResourceWaits waits,
                          BegunOnAccounts begunOn) {
        this.world = world;
        this.clients = clients;
        this.calls = calls;
        this.waits = waits;
        this.begunOn = begunOn;
    }

    /** A stopping run begins no scenario: what is under way is cleaned up, nothing new is begun. */
    @Before(order = -10)
    public void beginNothingOnceTheRunIsStopping() {
        RunContext.current().stopRequested().ifPresent(signal -> {
            throw new TestAbortedException("not begun: the run was stopped by " + signal);
        });
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

    /**
     * Undoes what the scenario began, as its journal entries say, and fails the scenario with "left behind: ..." when
     * something stays on a real account: a leftover is a verdict, and the run ends saying how to sweep it.
     */
    @After(order = 100)
    public void putBackWhatTheScenarioChanged(Scenario scenario) {
        calls.cleaningUp();
        List<String> problems = new ArrayList<>();
        for (BegunOnAccounts.Begun begun : begunOn.begun()) {
            if (begun.entry().isUndone()) {
                continue;
            }
            String problem = begun.entry().isGroup() ? deleteGroups(begun) : restoreResourceTypes(begun);
            if (problem == null || world.accounts().disposable()) {
                // A fresh emulator account is thrown away with whatever it holds.
                begunOn.journal().undone(begun.entry(), problem == null ? "cleanup" : "disposable account");
            } else {
                problems.add(begun.entry().describe() + ": " + problem);
            }
        }
        if (!problems.isEmpty()) {
            String text = LeftBehind.PREFIX + String.join("; ", problems);
            scenario.attach(text.getBytes(StandardCharsets.UTF_8), "text/plain", "cleanup");
            throw new LeftBehind(text);
        }
    }

    /** Null once every group of the entry is gone; the groups of a lost answer are found by their unique name. */
    private String deleteGroups(BegunOnAccounts.Begun begun) {
        ConfigClient client = clients.of(begun.account(), s -> s.withVersion(ApiVersion.V2020_09_07));
        List<String> ids = begun.entry().groupIds();
        if (ids.isEmpty() && world.accounts().disposable()) {
            return null; // a fresh emulator account is thrown away with whatever it holds
        }
        if (ids.isEmpty()) {
            boolean refused = begunOn.wasRefused(begun.entry());
            Optional<List<String>> named = begun.entry().name() == null ? Optional.empty()
                    : SetupCreates.listed(client, begun.entry().name());
            if (named.isEmpty()) {
                // A nameless create cannot be found; refused, it made nothing (AggregatorName is required).
                return refused ? null : "its answer named no group and the groups could not be listed by its name";
            }
            ids = named.get();
            ids.forEach(id -> begunOn.journal().created(begun.entry(), id));
        }
        List<String> refusals = new ArrayList<>();
        for (String id : ids) {
            if (!deleted.add(id)) {
                continue; // a create sent again with its ClientToken answered a group already deleted
            }
            // A group still being created may refuse to go; fresh emulator accounts are thrown away with it anyway.
            String waited = world.accounts().disposable() ? null
                    : attempt(() -> waits.groupCreatedBeforeCleanup(client, id));
            String refusal = attempt(() -> calls.setup(client, c -> c.deleteAggregators(id),
                    answer -> answer.isSuccess() && refusals(answer).isEmpty()
                            || answer.body().contains("Invalid.AggregatorId.Value")));
            if (refusal != null) {
                refusals.add(id + " not deleted: " + refusal + (waited == null ? "" : " (" + waited + ")"));
            }
        }
        return refusals.isEmpty() ? null : String.join(", ", refusals);
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

    /** Null once the account that was changed monitors the types it monitored before, its recorder settled. */
    private String restoreResourceTypes(BegunOnAccounts.Begun begun) {
        String types = begun.entry().types();
        if (types == null) {
            return "changed by an account that could not read them first: the list before is unknown";
        }
        ConfigClient client = clients.of(begun.account(), s -> s.withVersion(ApiVersion.V2019_01_08));
        // A redeployment in progress refuses changes; the next scenario must find the recorder settled too.
        String problem = attempt(() -> waits.recorderSettledBeforeCleanup(client, STATUS));
        problem = problem != null ? problem : attempt(() -> calls.setup(client, c -> c.putConfigurationRecorder(types)));
        return problem != null ? problem : attempt(() -> waits.recorderSettledBeforeCleanup(client, STATUS));
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
