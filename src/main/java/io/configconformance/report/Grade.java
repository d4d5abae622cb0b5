package io.configconformance.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How strongly one expectation is backed, and the ERRATA entries it rests on: the grade of a single check, where
 * {@link Evidence} on a scenario is the grade of its weakest check. A check of a documented row, or of a field a
 * page's response table lists, is graded by the page even in a scenario that also reads through an operation no page
 * covers (A32); the shape PROTOCOL.md gives the error envelope is graded as assumption A7 wherever it is checked.
 */
public record Grade(Evidence evidence, List<String> entries) {

    /** Uncontested page text. */
    public static final Grade PAGE = new Grade(Evidence.PAGE, List.of());
    /** A read through an operation without a reference page: its answer follows the official SDK models (A32). */
    public static final Grade SDK_MODEL = new Grade(Evidence.SDK, List.of("A32"));
    /** The error envelope's shape and the RequestId format of PROTOCOL.md, and the gateway's codes (A7). */
    public static final Grade PROTOCOL = new Grade(Evidence.ASSUMPTION, List.of("A7"));

    /**
     * Entries that speak of one kind of check, not of a whole scenario: the engine grades those checks by them
     * wherever they occur, so a scenario that rests on nothing else is graded by the page in every other check.
     */
    public static final Set<String> PER_CHECK_ENTRIES = Set.of("A32", "E1", "E2", "E3", "E7");

    /**
     * The entries that say why a catalogue row is graded below the page: the pages' own change history deletes the
     * first three (E12); the others rest on a choice the pages leave open or contradict (E13, A17; E14, A26).
     */
    private static final Map<String, List<String>> ROW_ENTRIES = Map.of(
            "CreateAggregator 2020-09-07 403 NoPermissionCreateAggregator", List.of("E12"),
            "CreateAggregator 2020-09-07 404 AccountNotExisted", List.of("E12"),
            "CreateAggregator 2020-09-07 503 ServiceUnavailable", List.of("E12"),
            "StartConfigurationRecorder 2019-01-08 400 EnterpriseEditionAllResourceTypesDefault", List.of("E13", "A17"),
            "UpdateAggregator 2020-09-07 400 DefaultAggregatorDeleteNotSupport", List.of("E14", "A26"));

    public Grade {
        entries = entries.stream().distinct().sorted().toList();
    }

    /** A page-stated fact that an erratum contests (the pages contradict themselves about it). */
    public static Grade contested(String... entries) {
        return new Grade(Evidence.CONTESTED, List.of(entries));
    }

    /**
     * The grade of a scenario's own expectations: its tag, or the page when every entry it names is one the engine
     * applies to the checks it concerns (a scenario graded sdk only because it reads a group back, A32).
     */
    public static Grade ofScenario(Evidence evidence, List<String> entries) {
        if (evidence != Evidence.PAGE && !entries.isEmpty() && PER_CHECK_ENTRIES.containsAll(entries)) {
            return PAGE;
        }
        return new Grade(evidence, entries);
    }

    /** The grade of a documented row's status for its code: the page's, unless the catalogue grades the row lower. */
    public static Grade ofRow(DocumentedError row) {
        return row.evidence() == Evidence.PAGE ? PAGE
                : new Grade(row.evidence(), ROW_ENTRIES.getOrDefault(row.toString(), List.of()));
    }

    public boolean isPage() {
        return evidence == Evidence.PAGE;
    }

    /** The weaker of the two; at equal strength this one, whose entries say why (a scenario's own, say). */
    public Grade weakest(Grade other) {
        return other.evidence.ordinal() > evidence.ordinal() ? other : this;
    }

    /** What the check rests on, as a DIFFERS verdict names it: "assumption A22", "contested page text, erratum E7". */
    public String describe() {
        return evidence.describe(entries);
    }

    /** The grade in a report's words: "page", "contested (E1)", "sdk (A32)". */
    public String label() {
        String name = evidence.tag().substring("@evidence-".length());
        return entries.isEmpty() ? name : name + " (" + String.join(", ", entries) + ")";
    }
}
