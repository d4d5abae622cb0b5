package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import io.configconformance.suite.ChangingProxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each expectation is graded by what states it (docs/FAULTY-ENDPOINTS.md, "Graded against a real endpoint"): the
 * emulator behind a proxy that hides the control API and changes one fact at a time, verified as a real endpoint by
 * {@code run}'s command line in this JVM (the verdicts and the exit code the command returns are the claim; that the
 * jar's process exits with that code, 1 for a failed scenario, 0 for DIFFERS, is PlausibleServicesIT's). A page-stated
 * fact changed fails the run, also where the scenario reads the group back through GetAggregator or rests on an
 * assumption; a change to what only an SDK model says, or to what the pages contradict themselves about (AccountId as
 * their samples send it, E1/E3; AggregatorIds outside the pattern read from masked samples, E7), is DIFFERS naming the
 * entry, never FAILED.
 */
class GradedDeviationsIT {

    private static final Pattern UPPER_CASE_ID = Pattern.compile("ca-[0-9A-F]{16,32}");
    private static final AtomicReference<ServiceStage> STAGE = new AtomicReference<>();
    private static final Pattern SUMMARY = Pattern.compile("\n(\\d+) passed, (\\d+) failed, (\\d+) skipped, (\\d+) differ\\.");

    /** One stand-in service: what it changes, the scenarios run, whether the run fails, what every verdict names. */
    record Deviation(String id, String tags, boolean fails, String named, BiFunction<Request, Response, Response> change) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Deviation> deviations() {
        return List.of(
                new Deviation("documented-code-where-the-group-is-read-back",
                        "@CreateAggregator and @AggregatorExceedMaxCount and @assumption-A32", true, "AggregatorCountExceeded",
                        body(b -> b.replace("AggregatorExceedMaxCount", "AggregatorCountExceeded"))),
                new Deviation("documented-status-where-an-assumption-provokes-it",
                        "@CreateAggregator and @AggregatorAccountListDuplicated", true, "expected: <400> but was: <409>",
                        (q, r) -> r.getBodyAsString().contains("AggregatorAccountListDuplicated")
                                ? ChangingProxy.replace(r, 409, r.getBodyAsString()) : r),
                new Deviation("page-listed-field-missing", "@PutConfigurationRecorder and @assumption-A29 and not @error",
                        true, "ResourceTypes", action("PutConfigurationRecorder", b -> b
                                .replaceAll(",?\"ResourceTypes\":\\[[^\\]]*\\]", "")
                                .replaceAll("<ResourceTypes>[^<]*</ResourceTypes>", ""))),
                new Deviation("page-stated-success-refused",
                        "@CreateAggregator and @evidence-sdk and @assumption-A32 and not @error and not @irreversible"
                                + " and not @erratum-E5", true, "expected a 2xx success|setup call",
                        (q, r) -> isAction(q, "CreateAggregator") && r.getStatus() == 200 ? ChangingProxy.replace(r, 400,
                                r.getBodyAsString().replaceFirst("\"AggregatorId\":\"[^\"]*\"",
                                        "\"Code\":\"InvalidParameter\",\"Message\":\"refused\"")
                                        .replaceFirst("<AggregatorId>[^<]*</AggregatorId>",
                                                "<Code>InvalidParameter</Code><Message>refused</Message>")) : r),
                new Deviation("account-id-as-the-samples-show-it",
                        "@v2019-01-08 and not @error and (@StartConfigurationRecorder or @PutConfigurationRecorder)",
                        false, "erratum E1|erratum E3|assumption A32",
                        body(b -> b.replaceAll("\"AccountId\":(\\d+)", "\"AccountId\":\"$1\""))),
                new Deviation("aggregator-ids-outside-the-masked-pattern",
                        "@CreateAggregator and @mutating and not @error and not @irreversible and not @needs-fault-injection",
                        false, "erratum E7", GradedDeviationsIT::upperCaseIds),
                new Deviation("sdk-modelled-read-changed", "@UpdateAggregator and @evidence-sdk and not @error", false,
                        "assumption A32", action("GetAggregator", b -> b
                                .replaceAll("\"AggregatorAccounts\":\\[.*?\\](,|})", "\"AggregatorAccounts\":[]$1")
                                .replaceAll("<AggregatorAccounts>.*?</AggregatorAccounts>", ""))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deviations")
    void eachMissIsGradedByWhatStatesIt(Deviation deviation) throws Exception {
        Path reports = Path.of("target", "it-reports", "graded-" + deviation.id());
        try (ServiceStage service = new ServiceStage(deviation.id(), deviation.change())) {
            STAGE.set(service);
            JarProcess.Result run = CommandInThisJvm.run("run", "--endpoint", service.endpoint(), "--credentials",
                    service.roles().toString(), "--allow-mutating", "--reports", reports.toString(), "--tags",
                    deviation.tags());
            Matcher summary = SUMMARY.matcher(run.stdout());
            assertTrue(summary.find(), run.toString());
            int failed = Integer.parseInt(summary.group(2));
            int differ = Integer.parseInt(summary.group(4));
            if (deviation.fails()) {
                assertEquals(1, run.exitCode(), run.toString());
                assertTrue(failed >= 1 && differ == 0, run.toString());
            } else {
                assertEquals(0, run.exitCode(), run.toString());
                assertTrue(failed == 0 && differ >= 1, run.toString());
            }
            String verdict = deviation.fails() ? "] FAILED " : "] DIFFERS ";
            Pattern named = Pattern.compile(deviation.named());
            List<String> lines = run.stdout().lines().filter(l -> l.contains(verdict)).toList();
            assertTrue(!lines.isEmpty() && lines.stream().allMatch(l -> named.matcher(l).find()), run.toString());
            // The service's text as a reader of the rendered Markdown sees it (ServiceText escapes it for Markdown).
            String matrix = Files.readString(reports.resolve("conformance-matrix.md"))
                    .replaceAll("\\\\(\\p{Punct})", "$1").replace("\u200b", "");
            assertTrue(named.matcher(matrix).find(), matrix);
            assertTrue(Files.readString(reports.resolve("cucumber-messages.ndjson"))
                    .contains("\"fileName\":\"graded misses\""), "the Cucumber report attaches the graded misses");
        }
    }

    /**
     * AggregatorIds in upper-case hex. The service still deletes its groups as it spells them: the proxy cannot change
     * a signed request, so it deletes the group past the proxy, and the next scenario does not meet it.
     */
    private static Response upperCaseIds(Request request, Response response) {
        if (isAction(request, "DeleteAggregators")) {
            Matcher id = UPPER_CASE_ID.matcher(request.getUrl() + " " + request.getBodyAsString());
            while (id.find()) {
                STAGE.get().managementBehindTheProxy().deleteAggregators(id.group().toLowerCase(Locale.ROOT));
            }
        }
        Matcher id = Pattern.compile("ca-[0-9a-f]{16,32}").matcher(response.getBodyAsString());
        return ChangingProxy.replace(response, response.getStatus(),
                id.replaceAll(m -> "ca-" + m.group().substring(3).toUpperCase(Locale.ROOT)));
    }

    private static boolean isAction(Request request, String action) {
        return request.getUrl().contains("Action=" + action) || request.getBodyAsString().contains("Action=" + action)
                || action.equals(request.getHeader("x-acs-action"));
    }

    private static BiFunction<Request, Response, Response> action(String action, UnaryOperator<String> change) {
        return (q, r) -> isAction(q, action) ? body(change).apply(q, r) : r;
    }

    private static BiFunction<Request, Response, Response> body(UnaryOperator<String> change) {
        return (q, r) -> ChangingProxy.replace(r, r.getStatus(), change.apply(r.getBodyAsString()));
    }
}
