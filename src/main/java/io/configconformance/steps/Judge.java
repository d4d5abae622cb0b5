package io.configconformance.steps;

import io.configconformance.client.ApiResponse;
import io.configconformance.report.Differs;
import io.configconformance.report.DocumentedError;
import io.configconformance.report.Evidence;
import io.configconformance.report.Grade;
import io.configconformance.report.Miss;
import io.configconformance.report.Redactor;
import io.configconformance.report.SentSecrets;
import io.configconformance.report.ScenarioResult;
import io.configconformance.suite.RunContext;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Judges each expectation by the evidence behind it ({@link Grade}). Against the emulator every expectation is strict:
 * a miss fails, and so does an observation (an undocumented field, a message other than the page's). Against a real
 * endpoint a step FAILS when it missed an expectation a page backs; a step that missed only others is DIFFERS, naming
 * the ERRATA entry of each miss; observations are recorded and reported, never failed. An expectation without a grade
 * of its own is graded by the scenario ({@link Grade#ofScenario}), and as the SDK models (A32) when it reads the answer
 * of an operation no reference page covers. A scenario stops at its first step with a miss.
 */
public final class Judge {

    private final boolean strict;
    private final List<String> observations = new ArrayList<>();
    private final List<Miss> missed = new ArrayList<>();
    /** The run's secrets: a message or observation may quote what the service echoed of them. */
    private final SentSecrets secrets;
    private final JudgedAnswer answer;
    private Grade scenario = Grade.PAGE;
    private boolean readingWithoutPage;

    public Judge() {
        this(RunContext.current());
    }

    private Judge(RunContext run) {
        this(run.endpoint().isEmulator(), run.secrets());
    }

    /** A judge that fails every miss (against the emulator) or grades it (against a real endpoint). */
    Judge(boolean strict) {
        this(strict, new SentSecrets());
    }

    Judge(boolean strict, SentSecrets secrets) {
        this.strict = strict;
        this.secrets = secrets;
        this.answer = new JudgedAnswer(secrets);
    }

    /** Runs first: a scenario without exactly one evidence tag fails before it sends anything. */
    @Before(order = -10)
    public void readEvidence(Scenario scenario) {
        gradeBy(scenario.getSourceTagNames());
    }

    /** Grades the scenario's own expectations by its tags; fails when it has not exactly one evidence tag. */
    void gradeBy(java.util.Collection<String> tags) {
        scenario = Grade.ofScenario(Evidence.of(tags), Evidence.entries(tags));
    }

    @After(order = 200)
    public void attachObservations(Scenario scenario) {
        if (!observations.isEmpty()) {
            scenario.attach(String.join("\n", observations).getBytes(StandardCharsets.UTF_8), "text/plain",
                    ScenarioResult.OBSERVATIONS);
        }
    }

    /** Every miss that ended the scenario, one line each with its grade, for the Cucumber reports. */
    @After(order = 190)
    public void attachGradedMisses(Scenario scenario) {
        if (!missed.isEmpty()) {
            scenario.attach(missed.stream().map(m -> m.grade().label() + ": " + m.message())
                    .collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8), "text/plain", "graded misses");
        }
    }

    /** What the service answered to the check that missed, for the matrix's "What broke" (none when it passed). */
    @After(order = 195)
    public void attachJudgedAnswer(Scenario scenario) {
        answer.attachTo(scenario);
    }

    /** Called when a call got no usable answer: the checks that follow read none. */
    void noAnswer() {
        answer.noAnswer();
    }

    /** Called with every answer the scenario receives: the checks that follow read that answer. */
    void answered(ApiResponse response) {
        answer.answered(response);
        readingWithoutPage = !hasPage(response.action(), response.version().wireName());
    }

    /** Whether one of the reference pages documents the operation (every page has an error table in the catalogue). */
    static boolean hasPage(String operation, String version) {
        return DocumentedError.catalogue().stream().anyMatch(row -> row.operation().equals(operation)
                && row.version().equals(version));
    }

    /** The grade of an expectation about the last answer that has none of its own. */
    public Grade grade() {
        return readingWithoutPage ? scenario.weakest(Grade.SDK_MODEL) : scenario;
    }

    /** Checks an expectation graded by {@link #grade()}. */
    public void that(Runnable expectation) {
        that(grade(), expectation);
    }

    /** Checks an expectation of a known grade; a miss fails, or is DIFFERS against a real endpoint below the page. */
    public void that(Grade grade, Runnable expectation) {
        Checks checks = checks();
        checks.expect(grade, expectation);
        checks.end();
    }

    /** A value the scenario relies on, read under the same verdict rules as an expectation. */
    public <T> T value(Supplier<T> read) {
        List<T> value = new ArrayList<>(1);
        that(() -> value.add(read.get()));
        return value.get(0);
    }

    /** Several expectations of one step, each with its own grade, judged together when the step ends. */
    public Checks checks() {
        return new Checks();
    }

    /** The expectations of one step: every miss is kept with its grade, and {@link #end} gives the verdict. */
    public final class Checks {

        private final List<Miss> misses = new ArrayList<>();
        private AssertionError first;

        private Checks() {
        }

        /** Checks one expectation; a body that cannot be read for it is a miss of it too (a field unreadable). */
        public Checks expect(Grade grade, Runnable expectation) {
            try {
                run(expectation);
            } catch (AssertionError miss) {
                AssertionError shown = masked(miss);
                first = first == null ? shown : first;
                if (shown instanceof GradedMisses graded) {
                    misses.addAll(graded.misses());
                } else {
                    misses.add(new Miss(grade, shown.getMessage()));
                }
            }
            return this;
        }

        private static void run(Runnable expectation) {
            try {
                expectation.run();
            } catch (IllegalArgumentException unreadable) {
                throw new AssertionFailedError(unreadable.getMessage(), unreadable);
            }
        }

        public Checks expect(Runnable expectation) {
            return expect(grade(), expectation);
        }

        /** Gives the verdict now if anything was missed: what follows relies on what was checked so far. */
        public Checks endIfMissed() {
            if (first != null) {
                end();
            }
            return this;
        }

        /** Nothing, when every expectation was met; else the failure, or DIFFERS when no miss is the page's. */
        public void end() {
            if (first == null) {
                return;
            }
            missed.addAll(misses);
            answer.missed();
            if (strict) {
                throw first;
            }
            List<Miss> page = misses.stream().filter(m -> m.grade().isPage()).toList();
            if (page.isEmpty()) {
                throw new Differs(misses, first);
            }
            String others = misses.stream().filter(m -> !m.grade().isPage()).map(m -> "; also " + m.describe())
                    .collect(Collectors.joining());
            // One plain miss keeps its whole message (a schema's misses are one line each, so that a report's line shows them).
            AssertionError failure = new AssertionFailedError(page.size() == 1 && others.isEmpty()
                    && !(first instanceof GradedMisses) ? first.getMessage() : page.stream().map(Miss::describe).collect(Collectors.joining("; "))
                    + others);
            failure.setStackTrace(first.getStackTrace());
            throw failure;
        }
    }

    /**
     * The miss with secrets masked in its message: a message may quote what the service sent, and a service may echo
     * the signed request (an HTML error page titled with the URL). Every report and the console show this message,
     * Cucumber's own reports included, so it is masked where it is made. The original is not kept as a cause.
     */
    private AssertionError masked(AssertionError miss) {
        String message = miss.getMessage();
        String redacted = Redactor.redact(message, secrets);
        if (message == null || message.equals(redacted)) {
            return miss;
        }
        AssertionError copy = miss instanceof GradedMisses graded ? new GradedMisses(redacted, graded.misses()
                .stream().map(m -> new Miss(m.grade(), Redactor.redact(m.message(), secrets))).toList())
                : new AssertionFailedError(redacted);
        copy.setStackTrace(miss.getStackTrace());
        return copy;
    }

    /**
     * Something the service does that no expectation forbids but the emulator must not do: a failure against the
     * emulator, a note in the reports against a real endpoint.
     */
    public void observe(String text) {
        // an observation quotes the service (its message), and goes to the attachments and reports as it is
        String observation = Redactor.redact(text, secrets);
        if (strict) {
            throw new AssertionError(observation);
        }
        synchronized (observations) {
            if (!observations.contains(observation)) {
                observations.add(observation);
            }
        }
    }

    public boolean strict() {
        return strict;
    }
}
