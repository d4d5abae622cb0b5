package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.TestAccount;
import io.configconformance.suite.AccountSource;
import io.configconformance.suite.AccountUnavailable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code run --plan}'s prediction, scenario by scenario, from tags, steps and the accounts a real run would have. */
class RunPlanTest {

    /** Accounts of the roles given, with as many members as given, saying what is missing as a real run does. */
    private record Configured(Set<String> roles, int members) implements AccountSource {
        @Override
        public TestAccount account(String role) {
            if (!roles.contains(role)) {
                throw new AccountUnavailable("needs credentials for the role '" + role + "'");
            }
            return new TestAccount(1, role, null, null);
        }

        @Override
        public List<TestAccount> members(TestAccount management, int count) {
            if (count > members) {
                throw new AccountUnavailable("needs " + count + " member accounts, " + members + " configured");
            }
            return List.of();
        }

        @Override
        public boolean disposable() {
            return false;
        }
    }

    private static final RunPlan.Scenario GROUP_OF_THREE = new RunPlan.Scenario("a group of three",
            List.of("@CreateAggregator", "@mutating"), List.of(
                    "the management account of a resource directory with 3 member accounts",
                    "the management account creates a custom account group \"g\" with 3 member accounts"));
    private static final RunPlan.Scenario FAULT = new RunPlan.Scenario("a fault",
            List.of("@StartConfigurationRecorder", "@needs-fault-injection"), List.of("an individual-edition account"));
    private static final RunPlan.Scenario MEMBER = new RunPlan.Scenario("a member's start",
            List.of("@StartConfigurationRecorder"), List.of("a member account of a resource directory"));
    private static final RunPlan.Scenario RAM_USER = new RunPlan.Scenario("a RAM user",
            List.of("@StartConfigurationRecorder"), List.of("a RAM user without Cloud Config permissions"));

    private static Optional<String> reason(RunPlan plan, RunPlan.Scenario scenario) {
        return plan.entries().stream().filter(entry -> entry.scenario() == scenario).findFirst().orElseThrow()
                .reason();
    }

    @Test
    void anEmulatorJudgesEveryScenario() {
        RunPlan plan = new RunPlan(List.of(GROUP_OF_THREE, FAULT, MEMBER, RAM_USER), true, false, null);
        assertTrue(plan.entries().stream().allMatch(RunPlan.Entry::judged));
    }

    @Test
    void onARealAccountTagsComeFirstThenTheAccountsTheStepsActAs() {
        RunPlan bare = new RunPlan(List.of(GROUP_OF_THREE, FAULT, MEMBER, RAM_USER), false, false,
                new Configured(Set.of("individual", "management"), 1));
        assertEquals(Optional.of("changes the state of a real account (@mutating): run with --allow-mutating to"
                + " include it"), reason(bare, GROUP_OF_THREE));
        assertEquals(Optional.of("needs the emulator's control API (@needs-fault-injection)"), reason(bare, FAULT));
        assertEquals(Optional.empty(), reason(bare, MEMBER));
        assertEquals(Optional.of("needs credentials for the role 'unauthorized'"), reason(bare, RAM_USER));

        RunPlan mutating = new RunPlan(List.of(GROUP_OF_THREE), false, true,
                new Configured(Set.of("individual", "management"), 1));
        assertEquals(Optional.of("needs 3 member accounts, 1 configured"), reason(mutating, GROUP_OF_THREE));
        RunPlan enough = new RunPlan(List.of(GROUP_OF_THREE), false, true, new Configured(Set.of("management"), 3));
        assertEquals(Optional.empty(), reason(enough, GROUP_OF_THREE));
        RunPlan noMembers = new RunPlan(List.of(MEMBER), false, false, new Configured(Set.of("management"), 0));
        assertEquals(Optional.of("needs 1 member accounts, 0 configured"), reason(noMembers, MEMBER));
    }

    @Test
    void aChangeOfResourceTypesIsJudgedUnlessTheAccountTurnsOutToMonitorNone() {
        RunPlan.Scenario put = new RunPlan.Scenario("a new selection", List.of("@PutConfigurationRecorder", "@mutating"),
                List.of("an individual-edition account", "the account sets the monitored resource types to \"A\""));
        RunPlan.Entry real = new RunPlan(List.of(put), false, true, new Configured(Set.of("individual"), 0))
                .entries().get(0);
        assertTrue(real.judged());
        assertEquals(Optional.of(RunPlan.UNLESS_NO_TYPES), real.condition());
        assertEquals(Optional.empty(), new RunPlan(List.of(put), true, false, null).entries().get(0).condition(),
                "the emulator's accounts are known");
        assertEquals(Optional.empty(), new RunPlan(List.of(put), false, false, new Configured(Set.of("individual"), 0))
                .entries().get(0).condition(), "a scenario that is skipped anyway has no condition");
    }

    /** A row whose trigger is a moment of a resource's life is tried with --allow-mutating, never promised. */
    @Test
    void aMomentOfAResourcesLifeIsTriedAndJudgedIfCaught() {
        List<RunPlan.Scenario> moments = RunPlan.discover("@moment");
        assertEquals(8, moments.size(), "ProcessIsRunning x3 and AggregatorAlreadyPending, in JSON and XML");
        RunPlan tried = new RunPlan(moments, false, true, new Configured(Set.of("individual", "management"), 1));
        assertTrue(tried.entries().stream().allMatch(entry -> entry.tried() && !entry.judged()), tried.entries()
                .toString());
        StringWriter text = new StringWriter();
        tried.print(new PrintWriter(text), "https://config.example", false);
        String out = text.toString();
        assertTrue(out.contains("documented rows: 0 of 43 will be judged, 4 more will be tried; judged if the moment"
                + " is caught\n"), out);
        assertTrue(out.contains("  tried       UpdateAggregator 2020-09-07 400 AggregatorAlreadyPending: will be"
                + " tried; judged if the moment is caught\n"), out);
        assertTrue(out.contains("scenarios: 0 will be judged, 8 will be tried; judged if the moment is caught, 0 will"
                + " not\n"), out);
        assertTrue(out.lines().filter(line -> line.startsWith("  tried    ")).allMatch(line -> line.endsWith(
                ": will be tried; judged if the moment is caught")
                || line.endsWith(": will be tried; judged if the moment is caught [" + RunPlan.UNLESS_NO_TYPES + "]")),
                out);
        RunPlan withoutMutations = new RunPlan(moments, false, false,
                new Configured(Set.of("individual", "management"), 1));
        assertTrue(withoutMutations.entries().stream().noneMatch(RunPlan.Entry::tried));
        assertTrue(new RunPlan(moments, true, false, null).entries().stream().allMatch(RunPlan.Entry::judged),
                "the emulator holds the moment: judged");
    }

    @Test
    void theScenariosAreTheRunsWithTheirStepsFilledIn() {
        List<RunPlan.Scenario> scenarios = RunPlan.discover("@CreateAggregator and @AggregatorNameDuplicated");
        assertFalse(scenarios.isEmpty());
        for (RunPlan.Scenario scenario : scenarios) {
            assertTrue(scenario.tags().contains("@CreateAggregator"), scenario.toString());
            assertTrue(scenario.name().startsWith("CreateAggregator 2020-09-07 · "), scenario.toString());
            assertTrue(scenario.steps().stream().anyMatch(step -> step.startsWith("the management account")),
                    scenario.toString());
            assertTrue(scenario.steps().stream().noneMatch(step -> step.contains("<")), "outline values are filled in: "
                    + scenario);
        }
    }

    @Test
    void theReportCountsRowsAndScenariosAndGroupsWhatTheSkippedNeed() {
        RunPlan plan = new RunPlan(RunPlan.discover("@CreateAggregator"), false, false,
                new Configured(Set.of("management"), 0));
        StringWriter text = new StringWriter();
        plan.print(new PrintWriter(text), "https://config.example", false);
        String out = text.toString();
        assertTrue(out.startsWith("plan: " + plan.entries().size() + " scenarios against https://config.example (a real"
                + " endpoint)"), out);
        assertEquals(43, out.lines().filter(line -> line.startsWith("  judged      ")
                || line.startsWith("  not judged  ")).count(), out);
        assertTrue(out.contains("what the skipped scenarios need:\n"), out);
        assertTrue(out.lines().anyMatch(line -> line.matches("  \\d+ × changes the state of a real account .*")), out);
    }
}
