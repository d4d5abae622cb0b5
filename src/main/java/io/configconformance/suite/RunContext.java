package io.configconformance.suite;

import io.configconformance.client.HttpStats;
import io.configconformance.client.HttpTransport;
import io.configconformance.client.Pacing;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.recording.Recorder;
import io.configconformance.validation.ResponseSchemas;
import io.configconformance.report.SentSecrets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything one run of the features holds, and nothing outlives it: the endpoint under test (and the embedded
 * emulator it started), the run's options, its pacing and the HTTP statistics that go with it, its transport (the
 * connection pools, the read-deadline thread, the cap on an answer's size) and its recorder, the tap of that
 * transport, the response schemas it has compiled, the waits that ran out, its journal of intent, and whether a
 * signal asked it to stop. Whoever starts a run creates one: {@code run} (and {@code parity}, through it), the Maven
 * route ({@code ConformanceSuiteTest}'s {@code @BeforeSuite}), a test that runs scenarios in process; two runs in one
 * JVM, one after another or side by side, hold two and see nothing of each other.
 *
 * <p>Cucumber creates the glue itself, so the glue cannot be handed the context: the starter hands it over through
 * {@link #handOff}, the one bridge (docs/DECISIONS.md, D5), and {@link #current()} is how the glue finds it.
 */
public final class RunContext implements AutoCloseable {

    /** More than any run has threads: only throttled answers bring the limit below the run's parallelism. */
    private static final int PACING_CEILING = 64;
    /**
     * The bridge from the starter to the glue (D5). Inheritable: the JUnit Platform's worker threads are created in
     * the run's own thread, or by workers it created, so every scenario of a run finds that run's context, and a run
     * started in another thread at the same time finds its own.
     */
    private static final InheritableThreadLocal<RunContext> HANDED_OFF = new InheritableThreadLocal<>();

    private final String configuredEndpoint;
    private final RunOptions options;
    private final boolean guarded;
    private final HttpTransport transport;
    private final Pacing pacing;
    private final Recorder recorder;
    private final ResponseSchemas schemas = new ResponseSchemas();
    /** The secrets this run sent: its transport registers them, and everything the run writes is masked of them. */
    private final SentSecrets secrets = new SentSecrets();
    /** The waits that ran out in this run, by AccessKeyId and kind: what the first one said. */
    private final Map<String, String> ranOutWaits = new ConcurrentHashMap<>();
    private EndpointUnderTest endpoint;
    private EndpointUnderTest.EndpointRefused refusal;
    private Emulator embedded;
    private Journal journal = Journal.inMemory();
    /** The signal that stopped this run, once one did (SIGINT, SIGTERM); the first counts. */
    private volatile String stoppedBy;

    private RunContext(String configuredEndpoint, RunOptions options, boolean guarded, Optional<Path> recordInto,
                       long maxAnswerBytes) {
        this.configuredEndpoint = configuredEndpoint;
        this.options = options;
        this.guarded = guarded;
        this.recorder = new Recorder(recordInto, secrets);
        this.transport = new HttpTransport(maxAnswerBytes, recorder, secrets);
        this.pacing = Pacing.of(options.maxRate(), PACING_CEILING, transport);
    }

    /**
     * A run of {@code config-conformance.jar run}: {@code guarded} says the starter has the guards a real endpoint
     * needs (one thread, the credential check, staged reports, stop signals); without them a real one is refused.
     * It records nothing and reads answers of up to {@link HttpTransport#DEFAULT_MAX_ANSWER_BYTES}.
     */
    public static RunContext of(String endpoint, RunOptions options, boolean guarded) {
        return of(endpoint, options, guarded, Optional.empty(), HttpTransport.DEFAULT_MAX_ANSWER_BYTES);
    }

    /** A run that records into {@code recordInto} (if given) and reads answers of up to {@code maxAnswerBytes}. */
    public static RunContext of(String endpoint, RunOptions options, boolean guarded, Optional<Path> recordInto,
                                long maxAnswerBytes) {
        return new RunContext(endpoint, options, guarded, recordInto, maxAnswerBytes);
    }

    /** A run configured by system properties and the environment, as the Maven route is ({@code -D...}). */
    public static RunContext fromSystemProperties() {
        return new RunContext(EndpointUnderTest.configured(), RunOptions.current(), false,
                Recorder.directoryProperty(), Long.getLong(HttpTransport.MAX_ANSWER_PROPERTY,
                HttpTransport.DEFAULT_MAX_ANSWER_BYTES));
    }

    /**
     * Makes {@code context} the context of every scenario the calling thread (and threads it starts from now on)
     * runs; null takes it back. Returns the one it replaces (null if none), for the starter to put back.
     */
    public static RunContext handOff(RunContext context) {
        RunContext previous = HANDED_OFF.get();
        if (context == null) {
            HANDED_OFF.remove();
        } else {
            HANDED_OFF.set(context);
        }
        return previous;
    }

    /** The endpoint of the calling thread's run, for the reports; without a run, what the properties configure. */
    public static String endpointOfThisRun() {
        RunContext context = HANDED_OFF.get();
        return context == null ? EndpointUnderTest.configured() : context.configuredEndpoint;
    }

    /**
     * The secrets of the calling thread's run, for the reports it writes; without a run (no scenario of the suite runs
     * there, so none of its secrets can), a registry of none: the patterns still mask.
     */
    public static SentSecrets secretsOfThisRun() {
        RunContext context = HANDED_OFF.get();
        return context == null ? new SentSecrets() : context.secrets;
    }

    /** The run's context, for the glue; a scenario started by no run is a defect of its starter and fails saying so. */
    public static RunContext current() {
        RunContext context = HANDED_OFF.get();
        if (context == null) {
            throw new IllegalStateException("no run has handed a RunContext to this thread: start scenarios through"
                    + " `config-conformance.jar run`, the Maven route, or RunContext.handOff before the launcher");
        }
        return context;
    }

    /** The endpoint under test, probed once: a refusal is remembered, so every scenario fails with the same reason. */
    public synchronized EndpointUnderTest endpoint() {
        if (refusal != null) {
            throw new EndpointUnderTest.EndpointRefused(refusal.getMessage());
        }
        if (endpoint == null) {
            try {
                endpoint = EndpointUnderTest.resolve(configuredEndpoint, guarded, this);
            } catch (EndpointUnderTest.EndpointRefused e) {
                refusal = e;
                throw e;
            }
        }
        return endpoint;
    }

    /** The configured endpoint's text: "embedded" or a URL. */
    public String configuredEndpoint() {
        return configuredEndpoint;
    }

    /** The emulator this run starts for "embedded", once. */
    synchronized Emulator embeddedEmulator() {
        if (embedded == null) {
            embedded = new Emulator(EmulatorSettings.loopback(0)).start();
        }
        return embedded;
    }

    public RunOptions options() {
        return options;
    }

    /** The run's one pacing, shared by every scenario's clients; its statistics are the run's. */
    public Pacing pacing() {
        return pacing;
    }

    /** The run's recorder: it names each scenario to an emulator and records it when the run records. */
    public Recorder recorder() {
        return recorder;
    }

    /** The response schemas, each compiled the first time this run checks an answer against it. */
    public ResponseSchemas schemas() {
        return schemas;
    }

    /** The secrets this run has sent, for whatever writes a line of this run. */
    public SentSecrets secrets() {
        return secrets;
    }

    public HttpStats stats() {
        return pacing.stats();
    }

    /** What the first wait of each kind and account that ran out said, by AccessKeyId and kind. */
    public Map<String, String> ranOutWaits() {
        return ranOutWaits;
    }

    /** The run's journal of intent: in memory unless {@link #keepJournalIn} named a file. */
    public synchronized Journal journal() {
        return journal;
    }

    /** From now on the journal is written to {@code file}, forced to disk before each request that begins something. */
    public synchronized void keepJournalIn(Path file) {
        journal = Journal.open(file, secrets);
    }

    /** A line for the console when anything was throttled; empty otherwise. */
    public String pacingSummary() {
        if (pacing.throttledAnswers() == 0) {
            return "";
        }
        return pacing.throttledAnswers() + " answers were throttled and " + pacing.resentRequests()
                + " requests sent again; the limit on requests in flight ended at " + pacing.concurrencyLimit()
                + (pacing.maxRate() > 0 ? " (--max-rate " + pacing.maxRate() + ")" : "");
    }

    /**
     * The run is stopping because of {@code signal}: from then on no scenario begins and a running one sends nothing
     * more but its cleanup, so that what it began is undone before the run ends. The first signal counts.
     */
    public synchronized void requestStop(String signal) {
        if (stoppedBy == null) {
            stoppedBy = signal;
        }
    }

    /** The signal that stopped the run, if one did. */
    public Optional<String> stopRequested() {
        return Optional.ofNullable(stoppedBy);
    }

    /** Stops the run's transport (its read-deadline thread) and the emulator this run started, if any. */
    @Override
    public synchronized void close() {
        transport.close();
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
