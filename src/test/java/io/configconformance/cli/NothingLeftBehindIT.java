package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.emulator.state.Aggregator;
import io.configconformance.suite.ChangingProxy;
import io.configconformance.suite.Journal;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code run} with production-like power over accounts (a real endpoint: the emulator behind a proxy that hides its
 * control API, a role file, --allow-mutating), and afterwards the emulator's own state, which the run cannot see:
 * every account group and every recorder's resource types are as they were before the run, whether the run ended
 * cleanly, met a service that ignores ClientToken or loses the answer of a create it carried out, was stopped by
 * SIGTERM while a group existed or its resource types were changed, or was killed (SIGKILL) at that moment and then
 * swept with its journal. A run that ends by itself runs by its command line in this JVM (what it leaves is the claim);
 * a run stopped by a signal, and every sweep, is the jar's process.
 */
class NothingLeftBehindIT {

    /** Creates a group, then repeats the request with the same ClientToken. */
    private static final String REPEATED_CREATE = "@CreateAggregator and @assumption-A22 and not @error";
    /** A setup create, then the group is renamed. */
    private static final String SETUP_CREATE = "@UpdateAggregator and @evidence-sdk and @assumption-A32 and not @error";
    /** Changes the types of a registered recorder, which redeploys. */
    private static final String TYPES = "@PutConfigurationRecorder and @assumption-A29 and not @error"
            + " and not @needs-fresh-account";
    private static final List<String> BEFORE = List.of("ACS::ECS::Instance", "ACS::ECS::Disk");
    private static final Path REPORTS = Path.of("target", "it-reports", "nothing-left-behind");

    @Test
    void aCleanRunLeavesTheAccountsAsTheyWere() throws Exception {
        try (ServiceStage service = stage("clean", (request, response) -> response)) {
            Snapshot before = Snapshot.of(service);
            JarProcess.Result run = CommandInThisJvm.run(arguments(service, REPEATED_CREATE + " or " + SETUP_CREATE
                    + " or " + TYPES, "clean"));
            assertEquals(0, run.exitCode(), run.toString());
            assertEquals(before, Snapshot.of(service), run.toString());
            Path journal = REPORTS.resolve("clean").resolve("journal.jsonl");
            assertTrue(Files.readString(journal).contains("\"begun\":\"account-group\"")
                    && Files.readString(journal).contains("\"begun\":\"resource-types\""), "what the run began");
            assertEquals(List.of(), Journal.read(journal).pending(), "and undid");
        }
    }

    /** The repeated create makes a second group, as a service that ignores ClientToken would: it is deleted too. */
    @Test
    void aServiceThatIgnoresClientTokenKeepsNoSecondGroup() throws Exception {
        Set<String> answered = ConcurrentHashMap.newKeySet();
        ServiceStage[] holder = new ServiceStage[1];
        BiFunction<Request, Response, Response> ignoring = (request, response) -> {
            String id = created(request, response);
            if (id == null || answered.add(id)) {
                return response;
            }
            ConfigClient management = new ConfigClient(ClientSettings.defaults(holder[0].emulator().baseUri(),
                    holder[0].account("management").credentials()));
            String again = field(management.createAggregator(AggregatorRequest.create(parameter(request,
                    "AggregatorName") + "-again", "CUSTOM").withDescription("made again")
                    .withAccounts("[{\"AccountId\":" + holder[0].lastMember().accountId() + ",\"AccountType\":\"ResourceDirectory\"}]"))
                    .body(), "AggregatorId");
            return ChangingProxy.replace(response, response.getStatus(), response.getBodyAsString().replace(id, again));
        };
        try (ServiceStage service = stage("ignores-token", ignoring)) {
            holder[0] = service;
            Snapshot before = Snapshot.of(service);
            JarProcess.Result run = CommandInThisJvm.run(arguments(service, REPEATED_CREATE, "ignores-token"));
            assertTrue(run.stdout().contains("AggregatorId: expected ca-"), "the service broke the ClientToken promise: "
                    + run);
            assertEquals(before, Snapshot.of(service), run.toString());
        }
    }

    /** The first create of each run is carried out and its answer lost (the connection reset). */
    @Test
    void aServiceThatLosesTheAnswerOfACreateKeepsNoGroup() throws Exception {
        AtomicInteger creates = new AtomicInteger();
        BiFunction<Request, Response, Response> losing = (request, response) ->
                created(request, response) != null && creates.incrementAndGet() % 2 == 1
                        ? Response.Builder.like(response).but().fault(Fault.CONNECTION_RESET_BY_PEER).build() : response;
        try (ServiceStage service = stage("loses-answer", losing)) {
            Snapshot before = Snapshot.of(service);
            JarProcess.Result run = CommandInThisJvm.run(arguments(service, SETUP_CREATE + " or " + REPEATED_CREATE,
                    "loses-answer"));
            assertTrue(creates.get() >= 2, "creates were answered: " + run);
            assertEquals(before, Snapshot.of(service), run.toString());
        }
    }

    /**
     * A service that refuses every DeleteAggregators: the scenario's verdict is LEFT BEHIND, the run exits 1 naming
     * the group and the sweep command, and that command, once the service deletes again, removes it.
     */
    @Test
    void aCleanupThatCannotDeleteIsAVerdictAndTheRunSaysHowToSweep() throws Exception {
        try (ServiceStage service = stage("refuses-deletes", (request, response) -> response)) {
            Snapshot before = Snapshot.of(service);
            var refusing = service.answerItself("DeleteAggregators", 503, "{\"RequestId\":\"r-1\",\"Code\":"
                    + "\"ServiceUnavailable\",\"Message\":\"The request has failed due to a temporary failure.\"}");
            JarProcess.Result run = CommandInThisJvm.run(arguments(service, "@UpdateAggregator and @erratum-E7"
                    + " and not @error", "refuses-deletes"));
            assertEquals(1, run.exitCode(), run.toString());
            assertTrue(run.stdout().contains(" LEFT BEHIND UpdateAggregator") && run.stdout().contains(" left behind, "),
                    run.toString());
            Matcher command = Pattern.compile("run: to undo them: java -jar config-conformance.jar (sweep .*)")
                    .matcher(run.stderr());
            assertTrue(run.stderr().contains("run: left behind on the accounts (") && command.find(), run.toString());
            assertNotEquals(before, Snapshot.of(service));

            service.passOn(refusing);
            JarProcess.Result sweep = JarProcess.run(300, command.group(1).split(" "));
            assertEquals(0, sweep.exitCode(), sweep.toString());
            assertEquals(before, Snapshot.of(service), sweep.toString());
        }
    }

    /**
     * Stopped at the moment a group exists (or the types are changed): SIGTERM cleans up and exits 143; SIGKILL leaves
     * it, and `sweep --journal` undoes it.
     */
    @ParameterizedTest(name = "{0} while {1}")
    @CsvSource({"TERM, a group exists", "TERM, the types are changed", "KILL, a group exists",
        "KILL, the types are changed"})
    void aRunStoppedAtTheMomentLeavesNothingOnceSwept(String signal, String moment) throws Exception {
        boolean group = moment.contains("group");
        String name = "stopped-" + signal + "-" + (group ? "group" : "types");
        // A real service's pace: the moment (a group that exists, types that are changed) outlasts the poll that
        // sees it and the signal sent then; the other tests need no such moment and take a quick service.
        try (ServiceStage service = stage(name, ServiceStage.REAL_PACE, (request, response) -> response)) {
            Snapshot before = Snapshot.of(service);
            Path journal = Path.of("target", "it-journal", name + ".jsonl").toAbsolutePath();
            Files.deleteIfExists(journal);
            List<String> arguments = new ArrayList<>(argumentList(service, group ? REPEATED_CREATE : TYPES, name));
            arguments.addAll(List.of("--journal", journal.toString()));
            Process run = JarProcess.start(arguments.toArray(String[]::new));
            run.getOutputStream().close();
            var stderr = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(run.getErrorStream()));
            var stdout = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(run.getInputStream()));
            try {
                awaitMoment(run, () -> pending(journal, group) && !before.equals(Snapshot.of(service)));
                if (signal.equals("TERM")) {
                    kill("TERM", run.pid());
                } else {
                    run.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                    run.destroyForcibly();
                }
                assertTrue(run.waitFor(120, TimeUnit.SECONDS), "the run ends after SIG" + signal);
            } finally {
                run.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                run.destroyForcibly();
            }
            String output = "exit " + run.exitValue() + "\n" + stdout.get(10, TimeUnit.SECONDS) + "\n"
                    + stderr.get(10, TimeUnit.SECONDS);
            if (signal.equals("TERM")) {
                assertEquals(143, run.exitValue(), output);
                assertTrue(output.contains("run: interrupted by SIGTERM"), output);
            } else {
                assertNotEquals(before, Snapshot.of(service), "the kill left something to sweep: " + output);
                JarProcess.Result sweep = JarProcess.run(300, "sweep", "--endpoint", service.endpoint(),
                        "--credentials", service.roles().toString(), "--journal", journal.toString());
                assertEquals(0, sweep.exitCode(), sweep.toString());
                assertTrue(sweep.stdout().contains("undone: "), sweep.toString());
                output += "\n" + sweep;
            }
            assertEquals(before, Snapshot.of(service), output);
            assertEquals(List.of(), Journal.read(journal).pending(), output);
        }
    }

    /** The emulator's account groups (by ID and name) and every recorder's types, read from its own state. */
    private record Snapshot(Set<String> groups, Map<Long, List<String>> types) {

        static Snapshot of(ServiceStage service) {
            Set<String> groups = new java.util.TreeSet<>();
            for (Aggregator group : service.emulator().state().aggregators().all()) {
                groups.add(group.aggregatorId() + " " + group.name());
            }
            Map<Long, List<String>> types = new java.util.TreeMap<>();
            // Reading an account's recorder gives it one that monitors nothing: no change of the account.
            service.emulator().state().recorders().all().forEach((account, recorder) -> {
                List<String> monitored = recorder.view(Instant.now()).resourceTypes();
                if (!monitored.isEmpty()) {
                    types.put(account, monitored);
                }
            });
            return new Snapshot(groups, types);
        }
    }

    /** A stage whose individual account's recorder is registered and monitors {@link #BEFORE}, as a real one would. */
    private static ServiceStage stage(String name, BiFunction<Request, Response, Response> change) throws IOException {
        return stage(name, ServiceStage.QUICK, change);
    }

    private static ServiceStage stage(String name, java.time.Duration work,
                                      BiFunction<Request, Response, Response> change) throws IOException {
        ServiceStage service = new ServiceStage(name, work, change);
        var recorder = service.emulator().state().recorders().of(service.account("individual").accountId());
        recorder.start(Instant.now(), java.time.Duration.ZERO);
        recorder.putResourceTypes(Instant.now(), java.time.Duration.ZERO, BEFORE);
        return service;
    }

    private static String[] arguments(ServiceStage service, String tags, String name) {
        return argumentList(service, tags, name).toArray(String[]::new);
    }

    private static List<String> argumentList(ServiceStage service, String tags, String name) {
        return List.of("run", "--endpoint", service.endpoint(), "--credentials", service.roles().toString(),
                "--allow-mutating", "--reports", REPORTS.resolve(name).toString(), "--tags", tags);
    }

    /** Polls for the moment (a condition on the journal and the emulator), failing if the run ends first. */
    private static void awaitMoment(Process run, BooleanSupplier moment) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!moment.getAsBoolean()) {
            assertTrue(run.isAlive(), "the run ended before the moment came");
            assertTrue(System.nanoTime() < deadline, "the moment did not come within 120 s");
            run.waitFor(20, TimeUnit.MILLISECONDS); // a condition poll that ends early if the run ends
        }
    }

    private static boolean pending(Path journal, boolean group) {
        try {
            return Files.exists(journal) && Journal.read(journal).pending().stream()
                    .anyMatch(e -> e.isGroup() == group && (!group || !e.groupIds().isEmpty()));
        } catch (IOException e) {
            return false;
        }
    }

    /** The AggregatorId a successful CreateAggregator answered, or null for any other exchange. */
    private static String created(Request request, Response response) {
        if (!"CreateAggregator".equals(parameter(request, "Action")) || response.getStatus() != 200) {
            return null;
        }
        return field(response.getBodyAsString(), "AggregatorId");
    }

    private static String field(String body, String name) {
        Matcher value = Pattern.compile("\"?" + name + "\"?[:>]\"?([A-Za-z0-9-]+)").matcher(body);
        return value.find() ? value.group(1) : null;
    }

    private static String parameter(Request request, String name) {
        String query = request.getUrl().contains("?") ? request.getUrl().substring(request.getUrl().indexOf('?') + 1)
                : "";
        for (String text : List.of(query, request.getBodyAsString())) {
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    private static void kill(String signal, long pid) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("kill", "-s", signal, String.valueOf(pid)).inheritIO().start().waitFor());
    }

    private static String readAll(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
