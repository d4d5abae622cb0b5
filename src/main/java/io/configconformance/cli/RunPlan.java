package io.configconformance.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.configconformance.report.DocumentedError;
import io.configconformance.steps.OtherDirectorySteps;
import io.configconformance.suite.AccountSource;
import io.configconformance.suite.AccountUnavailable;
import io.configconformance.suite.RealAccountRules;
import io.configconformance.client.TestAccount;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * {@code run --plan}: before a run on a real account, which documented rows and scenarios it will judge, and for
 * each one it will not, the exact reason and so what to add (a role, member accounts, {@code --allow-mutating}).
 * Nothing is sent to the endpoint but the start-up probe. The prediction applies the rules the run applies: the
 * scenario hooks' {@link RealAccountRules}, then the configured accounts asked, step by step, for the accounts each
 * scenario's steps act as, with the messages the run would skip with.
 */
final class RunPlan {

    /** A scenario as the run would see it: its short name, its tags (with '@') and its steps' text. */
    record Scenario(String name, List<String> tags, List<String> steps) {
    }

    /**
     * A scenario's verdict-to-be: judged when there is no reason it will not be, unless the condition the run can
     * only learn from the account (what its recorder monitors) holds; one that runs to catch a moment of a resource's
     * life is tried, and judged if it catches it.
     */
    record Entry(Scenario scenario, Optional<String> reason, Optional<String> condition, boolean atAMoment) {
        boolean judged() {
            return reason.isEmpty() && !atAMoment;
        }

        boolean tried() {
            return reason.isEmpty() && atAMoment;
        }

        String label() {
            return judged() ? "judged   " : tried() ? "tried    " : "skipped  ";
        }
    }

    /** Known only once the run has read the account: a recorder that monitors nothing is not changed (RecorderSteps). */
    static final String UNLESS_NO_TYPES = "unless the recorder of the account it acts as monitors no resource types,"
            + " which PutConfigurationRecorder could not put back";

    private static final Pattern MANAGEMENT = Pattern.compile(
            "the management account of a resource directory(?: with (\\d+) member accounts?)?");
    private static final Pattern MEMBER = Pattern.compile("a member account of a resource directory\\b.*");
    private static final Map<String, String> ROLE_STEPS = Map.of(
            "an individual-edition account", "individual",
            "a RAM user without Cloud Config permissions", "unauthorized");

    private final List<Entry> entries;

    RunPlan(List<Scenario> scenarios, boolean onEmulator, boolean allowMutating, AccountSource accounts) {
        this.entries = scenarios.stream().map(scenario -> {
            Optional<String> reason = onEmulator ? Optional.empty() : reason(scenario, allowMutating, accounts);
            boolean changesTypes = scenario.steps().stream()
                    .anyMatch(step -> step.startsWith("the account sets the monitored resource types"));
            return new Entry(scenario, reason, reason.isEmpty() && !onEmulator && changesTypes
                    ? Optional.of(UNLESS_NO_TYPES) : Optional.empty(),
                    !onEmulator && RealAccountRules.triedAtAMoment(scenario.tags()));
        }).toList();
    }

    List<Entry> entries() {
        return entries;
    }

    private static Optional<String> reason(Scenario scenario, boolean allowMutating, AccountSource accounts) {
        Optional<String> byTags = RealAccountRules.skipReason(scenario.tags(), allowMutating);
        if (byTags.isPresent()) {
            return byTags;
        }
        try {
            scenario.steps().forEach(step -> actAs(step, accounts));
            return Optional.empty();
        } catch (AccountUnavailable unavailable) {
            return Optional.of(unavailable.getMessage());
        }
    }

    /** Asks the accounts for what a step acts as, as the account steps do; AccountUnavailable when they lack it. */
    private static void actAs(String step, AccountSource accounts) {
        Matcher management = MANAGEMENT.matcher(step);
        if (management.matches()) {
            TestAccount account = accounts.account("management");
            accounts.members(account, management.group(1) == null ? 0 : Integer.parseInt(management.group(1)));
        } else if (MEMBER.matcher(step).matches()) {
            accounts.members(accounts.account("management"), 1);
        } else if (step.startsWith("the management account of another resource directory ")) {
            accounts.account("management");
            throw new AccountUnavailable(OtherDirectorySteps.ONE_MANAGEMENT_ACCOUNT); // a role file names one
        } else if (ROLE_STEPS.containsKey(step)) {
            accounts.account(ROLE_STEPS.get(step));
        }
    }

    /**
     * Each documented row: judged when any of its scenarios will be; tried ({@link RealAccountRules#TRIED}) when its
     * only scenarios that run try to catch a moment; else the reason of its first scenario.
     */
    Map<DocumentedError, Optional<String>> rows() {
        Map<DocumentedError, Optional<String>> rows = new LinkedHashMap<>();
        for (DocumentedError row : DocumentedError.catalogue()) {
            List<Entry> covering = entries.stream()
                    .filter(entry -> entry.scenario().tags().containsAll(row.tags())).toList();
            rows.put(row, covering.stream().anyMatch(Entry::judged) ? Optional.empty()
                    : covering.stream().anyMatch(Entry::tried) ? Optional.of(RealAccountRules.TRIED)
                    : covering.stream().map(Entry::reason).flatMap(Optional::stream).findFirst()
                            .or(() -> Optional.of("no scenario carries " + String.join(" ", row.tags()))));
        }
        return rows;
    }

    void print(PrintWriter out, String endpoint, boolean onEmulator) {
        Map<DocumentedError, Optional<String>> rows = rows();
        long judgedRows = rows.values().stream().filter(Optional::isEmpty).count();
        long triedRows = rows.values().stream().filter(Optional.of(RealAccountRules.TRIED)::equals).count();
        long judged = entries.stream().filter(Entry::judged).count();
        long tried = entries.stream().filter(Entry::tried).count();
        out.printf("plan: %d scenarios against %s (%s); nothing is sent to it but the start-up probe%n",
                entries.size(), endpoint, onEmulator ? "an emulator" : "a real endpoint");
        out.printf("documented rows: %d of %d will be judged%s%n", judgedRows, rows.size(), triedRows == 0 ? ""
                : ", " + triedRows + " more " + RealAccountRules.TRIED);
        rows.forEach((row, reason) -> out.println("  " + (reason.isEmpty() ? "judged      "
                : reason.get().equals(RealAccountRules.TRIED) ? "tried       " : "not judged  ")
                + row.operation() + " " + row.version() + " " + row.status() + " " + row.code()
                + reason.map(text -> ": " + text).orElse("")));
        out.printf("scenarios: %d will be judged, %s%d will not%n", judged, tried == 0 ? ""
                : tried + " " + RealAccountRules.TRIED + ", ", entries.size() - judged - tried);
        entries.forEach(entry -> out.println("  " + entry.label() + entry.scenario().name()
                + entry.reason().map(text -> ": " + text).orElse("")
                + (entry.tried() ? ": " + RealAccountRules.TRIED : "")
                + entry.condition().map(text -> " [" + text + "]").orElse("")));
        Map<String, Integer> byReason = new LinkedHashMap<>();
        entries.forEach(entry -> entry.reason().ifPresent(reason -> byReason.merge(reason, 1, Integer::sum)));
        if (!byReason.isEmpty()) {
            out.println("what the skipped scenarios need:");
            byReason.forEach((reason, count) -> out.println("  " + count + " × " + reason));
        }
        out.flush();
    }

    /** The scenarios a run with these tags would discover, in the order it would discover them. */
    static List<Scenario> discover(String tags) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("features")).filters(EngineFilter.includeEngines("cucumber"));
        if (tags != null && !tags.isBlank()) {
            request.filters(TagFilter.parse(tags));
        }
        TestPlan plan = LauncherFactory.create().discover(request.build());
        FeatureSteps steps = new FeatureSteps();
        List<Scenario> scenarios = new ArrayList<>();
        plan.getRoots().forEach(root -> plan.getDescendants(root).stream().filter(TestIdentifier::isTest)
                .forEach(test -> {
                    List<String> names = test.getTags().stream().map(TestTag::getName).toList();
                    scenarios.add(new Scenario(ScenarioSummary.name(test.getDisplayName(), names),
                            names.stream().map(name -> "@" + name).toList(), steps.of(test)));
                }));
        return scenarios;
    }
}
