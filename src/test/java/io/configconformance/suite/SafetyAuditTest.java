package io.configconformance.suite;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Real-account safety, checked on the wire: every feature runs against the emulator behind a recording proxy, one
 * scenario at a time, and what each scenario sent is held against its tags. A scenario that changed state (a
 * changing action answered 2xx) must be @mutating; one that used the control API must carry the tag that makes a
 * real-endpoint run skip it; every account group it names must carry the suite's prefix, so cleanup and `sweep`
 * find it; and after the run the only groups left are global groups of @irreversible scenarios, which page 003 says
 * cannot be deleted.
 */
// Among the first classes started (pom.xml, surefire): its waits then run beside the short classes, not after them.
@Order(1)
class SafetyAuditTest {

    private static final Set<String> CHANGING = Set.of("PutConfigurationRecorder", "StartConfigurationRecorder",
            "CreateAggregator", "UpdateAggregator", "DeleteAggregators");
    private static final Pattern GROUP_ID = Pattern.compile("ca-[0-9a-f]{16,32}");

    /** What one scenario sent: its name, tags and the journal entries between its start and its end. */
    record Sent(String name, Set<String> tags, List<ServeEvent> events) {
    }

    @Test
    void everyScenarioDeclaresWhatItDoesAndLeavesNothingBehind() throws Exception {
        try (Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start()) {
            WireMockServer proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                    .preserveHostHeader(true).stubRequestLoggingDisabled(true));
            proxy.start();
            try {
                proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(emulator.baseUri().toString())
                        .withRemoveRequestHeader("Accept-Encoding")));
                List<Sent> scenarios = record(proxy);
                List<String> wrong = new ArrayList<>();
                Map<String, Sent> creators = new HashMap<>();
                scenarios.forEach(sent -> audit(sent, wrong, creators));
                leftovers(emulator.baseUri(), creators, wrong);
                assertEquals(List.of(), wrong);
                assertTrue(scenarios.size() > 150, "every scenario ran: " + scenarios.size());
            } finally {
                proxy.stop();
            }
        }
    }

    private static List<Sent> record(WireMockServer proxy) {
        List<Sent> scenarios = new ArrayList<>();
        Map<String, Integer> started = new HashMap<>();
        InProcessSuite.run("http://127.0.0.1:" + proxy.port(), "not @nothing", "target/safety-audit-reports",
                Map.of("cucumber.execution.parallel.enabled", "false"), new TestExecutionListener() {
                    @Override
                    public void executionStarted(TestIdentifier id) {
                        if (id.isTest()) {
                            started.put(id.getUniqueId(), proxy.getAllServeEvents().size());
                        }
                    }

                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (id.isTest()) {
                            List<ServeEvent> all = new ArrayList<>(proxy.getAllServeEvents());
                            java.util.Collections.reverse(all); // the journal lists the newest first
                            scenarios.add(new Sent(id.getDisplayName(), id.getTags().stream().map(TestTag::getName)
                                    .collect(Collectors.toSet()), all.subList(started.get(id.getUniqueId()),
                                    all.size())));
                        }
                    }
                });
        return scenarios;
    }

    private static void audit(Sent sent, List<String> wrong, Map<String, Sent> creators) {
        Set<String> missing = new LinkedHashSet<>();
        for (ServeEvent event : sent.events()) {
            LoggedRequest request = event.getRequest();
            LoggedResponse response = event.getResponse();
            String path = URI.create(request.getUrl()).getPath();
            if (path.startsWith("/__emulator/")) {
                String needed = controlTag(request.getMethod().getName(), path, request.getBodyAsString());
                if (needed != null && !sent.tags().contains(needed)
                        && !(sent.tags().contains("moment") && holdsAMoment(path, request.getBodyAsString()))) {
                    missing.add("@" + needed + " (it sent " + request.getMethod() + " " + path + ")");
                }
                continue;
            }
            Map<String, String> parameters = parameters(request);
            String action = request.containsHeader("x-acs-action") ? request.getHeader("x-acs-action")
                    : parameters.getOrDefault("Action", "");
            boolean success = response.getStatus() / 100 == 2;
            if (CHANGING.contains(action) && success && !sent.tags().contains("mutating")) {
                missing.add("@mutating (" + action + " answered " + response.getStatus() + ")");
            }
            String name = parameters.get("AggregatorName");
            if (name != null && !name.startsWith("conformance-")) {
                wrong.add(sent.name() + ": " + action + " names the group '" + name + "' without the prefix"
                        + " conformance-, so neither cleanup nor sweep would find it");
            }
            if (action.equals("CreateAggregator") && success) {
                Matcher id = GROUP_ID.matcher(response.getBodyAsString());
                if (id.find()) {
                    creators.put(id.group(), sent);
                }
            }
        }
        missing.forEach(tag -> wrong.add(sent.name() + ": lacks " + tag));
    }

    /**
     * A @moment scenario's own hold of a deployment or a group creation on one account: its steps ask the control API
     * for it only when there is one, and act at once on a real endpoint instead, so it needs no tag to be skipped by.
     */
    private static boolean holdsAMoment(String path, String body) {
        return path.matches("/__emulator/accounts/\\d+/settings")
                && body.replace(" ", "").matches("\\{\"(RecorderTransitionMillis|AggregatorCreationMillis)\":\\d+}");
    }

    /** The tag a real-endpoint run skips a scenario by, for a control-API call; null for account provisioning. */
    private static String controlTag(String method, String path, String body) {
        if (path.equals("/__emulator/faults") && method.equals("POST")) {
            return "needs-fault-injection";
        }
        if (path.endsWith("/settings") && method.equals("PUT") || path.equals("/__emulator/folders")) {
            return "needs-emulator-control";
        }
        if (path.equals("/__emulator/accounts") && body.replace(" ", "").contains("\"Role\":\"nonexistent\"")) {
            return "role-nonexistent";
        }
        return null;
    }

    private static Map<String, String> parameters(LoggedRequest request) {
        Map<String, String> parameters = new HashMap<>();
        String query = URI.create(request.getUrl()).getRawQuery();
        String form = request.contentTypeHeader().mimeTypePart() != null
                && request.contentTypeHeader().mimeTypePart().contains("form") ? request.getBodyAsString() : "";
        for (String text : new String[] {query, form}) {
            if (text == null || text.isEmpty()) {
                continue;
            }
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                parameters.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static void leftovers(URI emulator, Map<String, Sent> creators, List<String> wrong) throws Exception {
        String resources = HttpClient.newHttpClient().send(HttpRequest.newBuilder(emulator.resolve(
                "/__emulator/resources")).build(), HttpResponse.BodyHandlers.ofString()).body();
        int aggregators = resources.indexOf("\"Aggregators\"");
        Matcher left = GROUP_ID.matcher(aggregators < 0 ? "" : resources.substring(aggregators));
        Set<String> seen = new LinkedHashSet<>();
        while (left.find()) {
            if (seen.add(left.group())) {
                Sent creator = creators.get(left.group());
                if (creator == null || !creator.tags().contains("irreversible")) {
                    wrong.add((creator == null ? "an unknown scenario" : creator.name()) + " left account group "
                            + left.group() + " behind");
                }
            }
        }
    }
}
