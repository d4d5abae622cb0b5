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
        assertTrue(markdown.contains("| 003 | UpdateAggregator | 2020-09-07 | 400 | AggregatorAlreadyPending | not covered |"),
                markdown);
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
        assertTrue(markdown.contains("| A ClientToken has 64 characters | undocumented field `/Extra` in GetAggregator"),
                markdown);
        assertTrue(run.html().contains("<tr class=\"differs\">"), run.html());
        assertEquals("differs", ConformanceMatrix.verdict(List.of(differs, result("ok", Status.PASSED))));
    }

    @Test
    void theSummaryByOperationAndVersionComesFirst() {
        String markdown = matrix.markdown();
        int summary = markdown.indexOf("## Summary");
        assertTrue(summary > 0 && summary < markdown.indexOf("## Documented errors"), markdown);
        assertTrue(markdown.contains("| operation | version | passed | failed | differ | skipped | documented errors"
                + " passed |"), markdown);
        assertTrue(markdown.contains("| CreateAggregator | 2020-09-07 | 2 | 1 | 0 | 0 | 1 of 2 |"), markdown);
        assertTrue(markdown.contains("- Finished: 1970-01-01 00:00:00 UTC"), markdown);
        String html = matrix.html();
        assertTrue(html.indexOf("<h2>Summary</h2>") < html.indexOf("<h2>Documented errors</h2>"), html);
        assertTrue(html.contains("<tr class=\"failed\"><td>CreateAggregator</td><td>2020-09-07</td>"), html);
    }

    @Test
    void theHtmlEscapesWhatItShows() {
        ConformanceMatrix hostile = new ConformanceMatrix(List.of(result("<script>", Status.PASSED)), List.of(),
                "embedded", Instant.EPOCH, "test");
        assertFalse(hostile.html().contains("<script>"));
        assertTrue(hostile.html().contains("&lt;script&gt;"));
    }
}
