package io.configconformance.steps;

import io.configconformance.report.Differs;
import io.configconformance.report.Evidence;
import io.configconformance.report.Redactor;
import io.configconformance.report.ScenarioResult;
import io.configconformance.suite.EndpointUnderTest;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * Judges a scenario's expectations by the evidence behind them (its {@code @evidence-*} tag, see {@link Evidence}).
 * Against the emulator every expectation is strict: a miss fails, and so does an observation (an undocumented field,
 * a message other than the page's). Against a real endpoint a miss FAILS only in a scenario backed by uncontested page
 * text; in any other it is DIFFERS, naming the ERRATA entries; observations are recorded and reported, never failed.
 */
public final class Judge {

    private final boolean strict = EndpointUnderTest.current().isEmulator();
    private final List<String> observations = new ArrayList<>();
    private Evidence evidence = Evidence.PAGE;
    private List<String> entries = List.of();

    /** Runs first: a scenario without exactly one evidence tag fails before it sends anything. */
    @Before(order = -10)
    public void readEvidence(Scenario scenario) {
        evidence = Evidence.of(scenario.getSourceTagNames());
        entries = Evidence.entries(scenario.getSourceTagNames());
    }

    @After(order = 200)
    public void attachObservations(Scenario scenario) {
        if (!observations.isEmpty()) {
            scenario.attach(String.join("\n", observations).getBytes(StandardCharsets.UTF_8), "text/plain",
                    ScenarioResult.OBSERVATIONS);
        }
    }

    /** Checks an expectation; a miss fails, or is DIFFERS against a real endpoint where no page text backs it. */
    public void that(Runnable expectation) {
        try {
            expectation.run();
        } catch (AssertionError miss) {
            throw graded(masked(miss));
        }
    }

    /** A value the scenario relies on, read under the same verdict rules as an expectation. */
    public <T> T value(Supplier<T> read) {
        try {
            return read.get();
        } catch (AssertionError miss) {
            throw graded(masked(miss));
        }
    }

    /**
     * The miss with secrets masked in its message: a message may quote what the service sent, and a service may echo
     * the signed request (an HTML error page titled with the URL). Every report and the console show this message,
     * Cucumber's own reports included, so it is masked where it is made. The original is not kept as a cause.
     */
    private static AssertionError masked(AssertionError miss) {
        String message = miss.getMessage();
        String redacted = Redactor.redact(message);
        if (message == null || message.equals(redacted)) {
            return miss;
        }
        AssertionError copy = new AssertionFailedError(redacted);
        copy.setStackTrace(miss.getStackTrace());
        return copy;
    }

    /** The verdict for a missed expectation, thrown: the miss itself, or DIFFERS naming what the expectation rests on. */
    private RuntimeException graded(AssertionError miss) {
        if (strict || evidence == Evidence.PAGE) {
            throw miss;
        }
        throw new Differs(evidence, entries, miss);
    }

    /**
     * Something the service does that no expectation forbids but the emulator must not do: a failure against the
     * emulator, a note in the reports against a real endpoint.
     */
    public void observe(String text) {
        // an observation quotes the service (its message), and goes to the attachments and reports as it is
        String observation = Redactor.redact(text);
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
