package io.configconformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.plugin.event.Status;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A scenario's result as an Allure server reads it: verdict, grade, ERRATA entries, page, and a stable history. */
class AllureResultsTest {

    private static final Set<String> TAGS = Set.of("@CreateAggregator", "@v2020-09-07", "@error",
            "@AggregatorNameDuplicated", "@evidence-contested", "@erratum-E3", "@assumption-A29");

    private static String label(JsonNode result, String name) {
        StringBuilder values = new StringBuilder();
        result.path("labels").forEach(label -> {
            if (label.path("name").asString().equals(name)) {
                values.append(values.isEmpty() ? "" : ",").append(label.path("value").asString());
            }
        });
        return values.toString();
    }

    @Test
    void aDiffersVerdictIsBrokenWithItsGradeEntriesAndPage() {
        ScenarioResult scenario = new ScenarioResult("classpath:features/aggregator/create.feature", 12,
                "Two groups cannot share a name (JSON)", TAGS, Status.SKIPPED, Differs.PREFIX + "Code: expected X");
        ObjectNode result = AllureResults.result(scenario, 1000, 1500);
        assertEquals("broken", result.path("status").asString());
        assertEquals(Differs.PREFIX + "Code: expected X", result.path("statusDetails").path("message").asString());
        assertEquals("differs", label(result, "verdict"));
        assertEquals("contested", label(result, "evidence"));
        assertEquals("A29,E3", label(result, "errata"));
        assertEquals("CreateAggregator 2020-09-07", label(result, "feature"));
        assertEquals("create.feature", label(result, "suite"));
        assertEquals("Creates an account group", label(result, "page"));
        assertTrue(result.path("links").toString().contains("\"url\":\"../api-reference/004_30b06f634d275b9a.txt\""),
                result.path("links").toString());
        assertEquals(1000, result.path("start").asLong());
        assertEquals(1500, result.path("stop").asLong());
    }

    @Test
    void failedPassedAndSkippedKeepTheirNamesAndTheHistoryFollowsTheScenario() {
        ScenarioResult failed = new ScenarioResult("u", 1, "n", TAGS, Status.FAILED, "Code: expected X");
        ScenarioResult passed = new ScenarioResult("u", 1, "n", TAGS, Status.PASSED, "");
        ScenarioResult skipped = new ScenarioResult("u", 1, "n", TAGS, Status.SKIPPED, "needs a role");
        assertEquals("failed", AllureResults.result(failed, 0, 0).path("status").asString());
        assertEquals("passed", AllureResults.result(passed, 0, 0).path("status").asString());
        assertEquals("skipped", AllureResults.result(skipped, 0, 0).path("status").asString());
        assertEquals(AllureResults.result(failed, 0, 0).path("historyId"),
                AllureResults.result(passed, 5, 9).path("historyId"), "one history per scenario, run after run");
        ScenarioResult other = new ScenarioResult("u", 2, "n", TAGS, Status.PASSED, "");
        assertTrue(!AllureResults.result(other, 0, 0).path("historyId")
                .equals(AllureResults.result(passed, 0, 0).path("historyId")));
    }
}
