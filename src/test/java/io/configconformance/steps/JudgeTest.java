package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.configconformance.client.ApiResponse;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.report.Differs;
import io.configconformance.report.Grade;
import io.configconformance.report.SentSecrets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Against a real endpoint each expectation is graded on its own: a step fails when an expectation a page backs was
 * missed, whatever else it missed, and is DIFFERS naming each miss's entries otherwise; a scenario below the page only
 * through entries the engine applies check by check (A32, E1, E3, E7) is graded by the page everywhere else.
 */
class JudgeTest {

    @Test
    void aPageMissFailsTheStepAndNamesTheOtherMissesWithTheirGrades() {
        Judge judge = scenario("@evidence-assumption", "@assumption-A22");
        AssertionError failure = assertThrows(AssertionError.class, () -> judge.checks()
                .expect(Grade.PAGE, () -> fail("HTTP status of a NoPermission error ==> expected: <400> but was: <403>"))
                .expect(Grade.PROTOCOL, () -> fail("HostId missing"))
                .expect(() -> fail("Code: expected InvalidParameter")).end());
        assertEquals(org.opentest4j.AssertionFailedError.class, failure.getClass());
        assertEquals("HTTP status of a NoPermission error ==> expected: <400> but was: <403>; also the service differs"
                + " from assumption A7: HostId missing; also the service differs from assumption A22: Code: expected"
                + " InvalidParameter", failure.getMessage());
    }

    @Test
    void missesBelowThePageAreDiffersNamingEachEntry() {
        Judge judge = scenario("@evidence-page");
        Differs differs = assertThrows(Differs.class, () -> judge.checks()
                .expect(Grade.contested("E7"), () -> fail("AggregatorId: expected ca- followed by hex\nmore"))
                .expect(Grade.PROTOCOL, () -> fail("RequestId repeats")).end());
        assertEquals("DIFFERS: the service differs from contested page text, erratum E7: AggregatorId: expected ca-"
                + " followed by hex; the service differs from assumption A7: RequestId repeats", differs.getMessage());
    }

    @Test
    void aScenarioGradedSdkOnlyForItsReadsIsThePagesEverywhereElse() {
        Judge judge = scenario("@evidence-sdk", "@assumption-A32");
        assertEquals(Grade.PAGE, judge.grade());
        judge.answered(answer("CreateAggregator"));
        assertThrows(AssertionError.class, () -> judge.that(() -> fail("expected a 2xx success")),
                "a page-stated success missed fails, though the scenario also reads through GetAggregator");
        judge.answered(answer("GetAggregator"));
        assertEquals(Grade.SDK_MODEL, judge.grade());
        assertThrows(Differs.class, () -> judge.that(() -> fail("members")));
    }

    @Test
    void aScenarioThatRestsOnAnAssumptionKeepsItsGradeAndItsReadsAreNoStronger() {
        Judge judge = scenario("@evidence-assumption", "@assumption-A22", "@assumption-A32");
        assertEquals(new Grade(io.configconformance.report.Evidence.ASSUMPTION, List.of("A22", "A32")), judge.grade());
        judge.answered(answer("GetAggregator"));
        assertEquals("assumption (A22, A32)", judge.grade().label());
    }

    @Test
    void againstTheEmulatorEveryMissFailsAsItWasMade() {
        Judge judge = new Judge(true);
        judge.gradeBy(Set.of("@evidence-assumption", "@assumption-A22"));
        AssertionError failure = assertThrows(AssertionError.class, () -> judge.that(Grade.PROTOCOL,
                () -> fail("RequestId repeats")));
        assertEquals(org.opentest4j.AssertionFailedError.class, failure.getClass());
        assertEquals("RequestId repeats", failure.getMessage());
    }

    @Test
    void aStepWithoutMissesPassesAndAValueIsRead() {
        Judge judge = scenario("@evidence-page");
        judge.checks().expect(Grade.PAGE, () -> { }).end();
        assertEquals("ca-1", judge.value(() -> "ca-1"));
        assertTrue(judge.grade().isPage());
    }

    /** A miss and an observation quoting what the service echoed of the run's signature are masked where made. */
    @Test
    void whatAMissOrObservationQuotesOfTheRunsSecretsIsMasked() {
        SentSecrets run = new SentSecrets();
        run.keepRecent("kRbOfl0+signature/OfTheRun=");
        String echoed = "a1JiT2ZsMCtzaWduYXR1cmUvT2ZUaGVSdW49"; // its base64, which no pattern finds
        Judge judge = new Judge(false, run);
        judge.gradeBy(Set.of("@evidence-page"));
        AssertionError failure = assertThrows(AssertionError.class, () -> judge.checks()
                .expect(Grade.PAGE, () -> fail("HostId: expected none but was " + echoed)).end());
        assertEquals("HostId: expected none but was ****", failure.getMessage());
        AssertionError observed = assertThrows(AssertionError.class, () -> new Judge(true, run).observe(
                "the Message quotes " + echoed));
        assertEquals("the Message quotes ****", observed.getMessage());
    }

    private static Judge scenario(String... tags) {
        Judge judge = new Judge(false);
        judge.gradeBy(Set.of(tags));
        return judge;
    }

    private static ApiResponse answer(String action) {
        return new ApiResponse(action, ApiVersion.V2020_09_07, 200, Map.of(), "{}", ResponseFormat.JSON);
    }
}
