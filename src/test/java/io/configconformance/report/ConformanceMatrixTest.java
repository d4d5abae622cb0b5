package io.configconformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.plugin.event.Status;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConformanceMatrixTest {

    private static final DocumentedError NAME_TAKEN =
            new DocumentedError("004", "CreateAggregator", "2020-09-07", 400, "AggregatorNameDuplicated");
    private static final DocumentedError EMPTY =
            new DocumentedError("004", "CreateAggregator", "2020-09-07", 400, "Invalid.AggregatorAccounts.Empty");
    private static final DocumentedError PENDING =
            new DocumentedError("003", "UpdateAggregator", "2020-09-07", 400, "AggregatorAlreadyPending");

    private static ScenarioResult result(String name, Status status, String... tags) {
        return new ScenarioResult("file:features/x.feature", name.length(), name, Set.of(tags), status,
                status == Status.FAILED ? "Code: expected X, got Y" : "");
    }

    private final ConformanceMatrix matrix = new ConformanceMatrix(List.of(
            result("Two groups cannot share a name (JSON)", Status.PASSED, NAME_TAKEN.tags().toArray(String[]::new)),
            result("Two groups cannot share a name (XML)", Status.FAILED, NAME_TAKEN.tags().toArray(String[]::new)),
            result("Custom groups need members (JSON)", Status.PASSED, EMPTY.tags().toArray(String[]::new))),
            List.of(NAME_TAKEN, EMPTY, PENDING), "http://127.0.0.1:8080", Instant.EPOCH, "test");

    @Test
    void aDocumentedErrorIsPassedOnlyWhenEveryCoveringScenarioPassed() {
        assertEquals("failed", ConformanceMatrix.verdict(matrix.coverage().get(NAME_TAKEN)));
        assertEquals("passed", ConformanceMatrix.verdict(matrix.coverage().get(EMPTY)));
        assertEquals("not covered", ConformanceMatrix.verdict(matrix.coverage().get(PENDING)));
    }

    @Test
    void theMarkdownNamesEndpointCountsAndEveryDocumentedError() {
        String markdown = matrix.markdown();
        assertTrue(markdown.contains("- Endpoint: http://127.0.0.1:8080"), markdown);
        assertTrue(markdown.contains("- Documented errors passed: 1 of 3"), markdown);
        assertTrue(markdown.contains("| [003](api-reference/003.txt) | UpdateAggregator | 2020-09-07 | 400 |"
                + " AggregatorAlreadyPending | not covered | no scenario carries @UpdateAggregator @v2020-09-07"
                + " @AggregatorAlreadyPending | 0 |"), markdown);
        assertTrue(markdown.contains("| CreateAggregator | 2020-09-07 | 400 | AggregatorNameDuplicated | failed |"
                + " Code: expected X, got Y (the service answered HTTP none, Code none, Message none, RequestId none)"
                + " | 2 |"), "a failure's one-line reason, with no answer judged: " + markdown);
        assertTrue(markdown.contains("| Two groups cannot share a name (XML) | untagged | failed | Code: expected X,"
                + " got Y |"), markdown);
    }

    @Test
    void aDiffersVerdictIsItsOwnWithTheEntryNamedAndObservationsAreListed() {
        ScenarioResult differs = new ScenarioResult("file:features/x.feature", 7, "A ClientToken has 64 characters",
                Set.of("@evidence-assumption", "@assumption-A22", "@CreateAggregator", "@v2020-09-07",
                        "@InvalidParameter"), Status.SKIPPED, "DIFFERS: the service differs from assumption A22: x",
                List.of("undocumented field `/Extra` in GetAggregator 2020-09-07 (JSON)"));
        ConformanceMatrix run = new ConformanceMatrix(List.of(differs, result("Skipped one", Status.SKIPPED)),
                List.of(), "https://config.cn-shanghai.aliyuncs.com", Instant.EPOCH, "test");
        String markdown = run.markdown();
        assertTrue(markdown.contains("| A ClientToken has 64 characters | assumption (A22) | differs | DIFFERS: the"
                + " service differs from assumption A22: x |"), markdown);
        assertTrue(markdown.contains("(0 passed, 0 failed, 1 skipped, 1 differ)"), markdown);
        assertTrue(markdown.contains("| A ClientToken has 64 characters | undocumented field \\`/Extra\\` in GetAggregator"),
                markdown);
        assertTrue(run.html().contains("<tr class=\"differs\">"), run.html());
        assertEquals("differs", ConformanceMatrix.verdict(List.of(differs, result("ok", Status.PASSED))));
    }

    /** A row whose moment had passed is neither passed nor failed nor skipped for good: NOT REACHED, with why. */
    @Test
    void aMomentThatHadPassedIsNotReachedWithItsEvidenceInRowSummaryAndCounts() {
        String evidence = "NOT REACHED THIS TIME: the group read AggregatorStatus 1 (created) 180 ms after its create"
                + " was sent, right after the rename was accepted";
        ScenarioResult tried = new ScenarioResult("file:features/x.feature", 9, "A group being created (JSON)",
                Set.copyOf(PENDING.tags()), Status.SKIPPED, evidence);
        ScenarioResult skipped = new ScenarioResult("file:features/x.feature", 10, "A group being created (XML)",
                Set.copyOf(PENDING.tags()), Status.SKIPPED, "needs the emulator's control API (@needs-fault-injection)");
        assertEquals("not reached", tried.verdict());
        assertEquals("not reached", ConformanceMatrix.verdict(List.of(skipped, tried)));
        assertEquals("passed", ConformanceMatrix.verdict(List.of(result("caught", Status.PASSED))));
        assertEquals("failed", ConformanceMatrix.verdict(List.of(tried, result("caught", Status.FAILED))));
        String markdown = new ConformanceMatrix(List.of(tried, skipped), List.of(PENDING), "https://example.invalid",
                Instant.EPOCH, "test").markdown();
        assertTrue(markdown.contains("| AggregatorAlreadyPending | not reached | " + evidence + " | 2 |"), markdown);
        assertTrue(markdown.contains("(0 passed, 0 failed, 1 skipped, 0 differ, 1 not reached)"), markdown);
        assertTrue(markdown.contains("| UpdateAggregator | 2020-09-07 | 0 | 0 | 0 | 2 (1 not reached) | 0 of 1 |"),
                markdown);
        String html = new ConformanceMatrix(List.of(tried, skipped), List.of(PENDING), "https://example.invalid",
                Instant.EPOCH, "test").html();
        assertTrue(html.contains(".not-reached{") && html.contains("<tr class=\"not-reached\">")
                && html.contains("<li class=\"not-reached\">") && !html.contains("class=\"not reached\""), html);
    }

    @Test
    void whatBrokeComesFirstThenTheSummaryByOperationAndVersion() {
        String markdown = matrix.markdown();
        int summary = markdown.indexOf("## Summary");
        int broke = markdown.indexOf("## What broke");
        assertTrue(broke > 0 && broke < summary, markdown);
        assertTrue(summary > 0 && summary < markdown.indexOf("## Documented errors"), markdown);
        assertTrue(matrix.html().indexOf("<h2 id=\"what-broke\">What broke</h2>")
                < matrix.html().indexOf("<h2>Summary</h2>"), matrix.html());
        assertTrue(markdown.contains("| operation | version | passed | failed | differ | skipped | documented errors"
                + " passed |"), markdown);
        assertTrue(markdown.contains("| CreateAggregator | 2020-09-07 | 2 | 1 | 0 | 0 | 1 of 2 |"), markdown);
        assertTrue(markdown.contains("- Finished: 1970-01-01 00:00:00 UTC"), markdown);
        String html = matrix.html();
        assertTrue(html.indexOf("<h2>Summary</h2>") < html.indexOf("<h2>Documented errors</h2>"), html);
        assertTrue(html.contains("<tr class=\"failed\"><td>CreateAggregator</td><td>2020-09-07</td>"), html);
    }

    @Test
    void aRedMorningStartsWithTheFailuresThenTheDiffersEachWithThePagesRowTheAnswerAndOneReason() {
        DocumentedError quoted = new DocumentedError("004_30b06f634d275b9a", "CreateAggregator", "2020-09-07", 400,
                "AggregatorNameDuplicated", Evidence.PAGE, "The aggregator name is duplicated.");
        ScenarioResult differs = new ScenarioResult("file:features/x.feature", 2, "A ClientToken has 64 characters",
                Set.of("@CreateAggregator", "@v2020-09-07", "@evidence-assumption", "@assumption-A22"),
                Status.SKIPPED, Differs.PREFIX + "Code: expected InvalidParameter, got [Other]", List.of(),
                new ServiceAnswer("400", "Other", "bad token", "D0C5-1"));
        ScenarioResult failed = new ScenarioResult("file:features/x.feature", 9, "Two groups cannot share a name",
                Set.of("@CreateAggregator", "@v2020-09-07", "@AggregatorNameDuplicated", "@evidence-page"),
                Status.FAILED,
                "Code: expected AggregatorNameDuplicated, got [NameDuplicated] ==> expected: <AggregatorNameDuplicated>"
                        + " but was: <NameDuplicated>", List.of(),
                new ServiceAnswer("400", "NameDuplicated", "<b>taken</b> & | gone", "4C4F-2"));
        ConformanceMatrix run = new ConformanceMatrix(List.of(differs, result("Fine", Status.PASSED), failed),
                List.of(quoted), "https://config.example", Instant.EPOCH, "test");
        List<String> rows = run.markdown().lines().dropWhile(line -> !line.equals("## What broke"))
                .filter(line -> line.startsWith("| FAILED") || line.startsWith("| DIFFERS")).toList();
        assertEquals(List.of("| FAILED | [Two groups cannot share a name](cucumber.html?query=%40AggregatorNameDuplicated"
                + "%20and%20%40CreateAggregator%20and%20%40evidence-page%20and%20%40v2020-09-07) | [400 AggregatorNameDuplicated: The aggregator name is duplicated.]"
                + "(pages/004_30b06f634d275b9a.html#L148) | HTTP 400, Code NameDuplicated, Message \"\\<b\\>taken"
                + "\\</b\\> \\& \\| gone\", RequestId 4C4F-2 | Code: expected AggregatorNameDuplicated, got"
                + " \\[NameDuplicated\\] | page |",
                "| DIFFERS | [A ClientToken has 64 characters](cucumber.html?query=%40CreateAggregator%20and"
                        + "%20%40assumption-A22%20and%20%40evidence-assumption%20and%20%40v2020-09-07)"
                        + " | no documented row | HTTP 400, Code Other, Message \"bad token\", RequestId D0C5-1 | "
                        + ServiceText.markdown(Differs.PREFIX + "Code: expected InvalidParameter, got [Other]")
                        + " | assumption ([A22](pages/ERRATA.html#A22)) |"),
                rows.subList(0, 2));
        String html = run.html();
        assertTrue(html.indexOf("<td>FAILED</td>") < html.indexOf("<td>DIFFERS</td>"), html);
        assertTrue(html.contains("<a class=\"page-row\" href=\"pages/004_30b06f634d275b9a.html#L148\">400"
                + " AggregatorNameDuplicated: The aggregator name is duplicated.</a>"), html);
        assertTrue(html.contains("<span class=\"answer-message\">Message: &lt;b&gt;taken&lt;/b&gt; &amp; | gone</span>"
                + "<br><span class=\"answer-requestid\">RequestId: 4C4F-2</span>"), html);
        assertTrue(html.contains("<a class=\"entry\" href=\"pages/ERRATA.html#A22\">A22</a>"), html);
        assertFalse(new ConformanceMatrix(List.of(result("Fine", Status.PASSED)), List.of(quoted), "embedded",
                Instant.EPOCH, "test").markdown().contains("## What broke"), "a green run starts with the summary");
    }

    @Test
    void aScenarioLinksToCucumberHtmlFilteredByATagExpressionOfAllItsTags() {
        ScenarioResult odd = new ScenarioResult("file:features/x.feature", 1, "odd", Set.of("@b", "@a(1)\\"),
                Status.FAILED, "x");
        assertEquals("cucumber.html?query=%40a%5C%281%5C%29%5C%5C%20and%20%40b", WhatBroke.scenarioLink(odd),
                "parentheses and backslashes are escaped for the tag expression, then for the URL");
    }

    @Test
    void theHtmlEscapesWhatItShows() {
        ConformanceMatrix hostile = new ConformanceMatrix(List.of(result("<script>", Status.PASSED)), List.of(),
                "embedded", Instant.EPOCH, "test");
        assertEquals(1, hostile.html().split("<script>", -1).length - 1, "only the filter script: " + hostile.html());
        assertTrue(hostile.html().contains("&lt;script&gt;"));
    }

    @Test
    void eachDocumentedErrorLinksItsPageByTitleWithoutTheFileNameAsACell() {
        DocumentedError real = DocumentedError.catalogue().get(0);
        ConformanceMatrix run = new ConformanceMatrix(List.of(), List.of(real), "embedded", Instant.EPOCH, "test");
        assertTrue(run.markdown().contains("| [Modifies a configuration recorder](api-reference/" + real.page()
                + ".txt) | PutConfigurationRecorder | 2019-01-08 |"), run.markdown());
        assertTrue(run.html().contains("<td><a href=\"api-reference/" + real.page() + ".txt\">Modifies a"
                + " configuration recorder</a></td>"), run.html());
        assertFalse(run.markdown().contains("| " + real.page() + " |"), "no file-name column");
    }

    @Test
    void aRowThatOnlyItsPageStatesIsMarkedPageOnly() {
        DocumentedError pageOnly = DocumentedError.find("StartConfigurationRecorder", "2019-01-08",
                "RDEnableConfigAccessFail").orElseThrow();
        DocumentedError backed = DocumentedError.find("StartConfigurationRecorder", "2019-01-08", "CreateSLRFail")
                .orElseThrow();
        ConformanceMatrix run = new ConformanceMatrix(List.of(), List.of(pageOnly, backed), "embedded", Instant.EPOCH,
                "test");
        assertTrue(run.markdown().contains("| 2019-01-08 | 400 | RDEnableConfigAccessFail (page-only) | not covered |"),
                run.markdown());
        assertTrue(run.markdown().contains("| 2019-01-08 | 500 | CreateSLRFail | not covered |"), run.markdown());
        assertTrue(run.html().contains("<td>RDEnableConfigAccessFail (page-only)</td>"), run.html());
    }

    @Test
    void aRowNotRunSaysWhyAndADiffersRowNamesItsEntry() {
        ScenarioResult skipped = new ScenarioResult("file:features/x.feature", 3, "Busy group (JSON)",
                Set.copyOf(PENDING.tags()), Status.SKIPPED, "needs the emulator's control API (@needs-fault-injection)");
        ScenarioResult differs = new ScenarioResult("file:features/x.feature", 4, "Empty list (JSON)",
                Set.copyOf(EMPTY.tags()), Status.SKIPPED, "DIFFERS: the service differs from assumption A7: x");
        String markdown = new ConformanceMatrix(List.of(skipped, differs), List.of(PENDING, EMPTY), "embedded",
                Instant.EPOCH, "test").markdown();
        assertTrue(markdown.contains("| AggregatorAlreadyPending | not run | needs the emulator's control API"
                + " (@needs-fault-injection) | 1 |"), markdown);
        assertTrue(markdown.contains("| Invalid.AggregatorAccounts.Empty | differs | DIFFERS: the service differs from"
                + " assumption A7: x (the service answered HTTP none, Code none, Message none, RequestId none) | 1 |"),
                markdown);
    }

    @Test
    void theHtmlColoursAndFiltersRowsByItselfAndListsScenariosFolded() {
        String html = matrix.html();
        assertTrue(html.contains("<tr class=\"failed\" data-operation=\"CreateAggregator\" data-result=\"failed\">"),
                html);
        assertTrue(html.contains("<tr class=\"not-covered\" data-operation=\"UpdateAggregator\""), html);
        assertTrue(html.contains(".failed{background:") && html.contains(".not-covered{background:"), html);
        assertTrue(html.contains("<select id=\"filter-operation\"><option value=\"\">all</option>"
                + "<option>CreateAggregator</option><option>UpdateAggregator</option></select>"), html);
        assertTrue(html.contains("<select id=\"filter-result\"><option value=\"\">all</option><option>failed</option>"
                + "<option>passed</option><option>not-covered</option></select>"), html);
        assertTrue(html.contains("<details><summary>2 scenarios</summary><ul><li class=\"failed\">"), html);
        assertTrue(html.contains("<script>(function(){"), html);
        java.util.regex.Matcher external = java.util.regex.Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//")
                .matcher(html);
        assertFalse(external.find(), "nothing loaded or linked from outside the file: " + html);
    }
}
