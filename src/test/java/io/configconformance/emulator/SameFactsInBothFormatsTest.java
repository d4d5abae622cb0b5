package io.configconformance.emulator;

import static io.configconformance.emulator.TestGroups.accounts;
import static io.configconformance.emulator.TestGroups.group;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.state.Aggregator;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON and the XML answer of one request carry the same facts (docs/api-reference/PROTOCOL.md: one answer, two
 * serialisations). For every operation and version the emulator answers, a success and a documented error are asked
 * once per format, each in a world of its own staged the same way at the same (held) instant, and the answers are
 * compared field by field ({@link AnswerFacts}). Identifiers a world generates (accounts, groups) are compared by
 * the role they play in it; RequestId and the Recommend URL, which differ per request, are left out.
 */
class SameFactsInBothFormatsTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator(Clock.fixed(Instant.now(), ZoneOffset.UTC));

    private static final ApiVersion V2019 = ApiVersion.V2019_01_08;
    private static final ApiVersion V2020 = ApiVersion.V2020_09_07;
    private static final String TYPES = "ACS::ECS::Instance,ACS::RDS::DBInstance";

    /** One request, as a function of the world it is sent in, and the documented Code it provokes (none: success). */
    record Case(String name, String code, Function<World, ApiResponse> request) {
        @Override
        public String toString() {
            return code == null ? name : name + " " + code;
        }
    }

    private static Case success(String name, Function<World, ApiResponse> request) {
        return new Case(name, null, request);
    }

    private static Case error(String name, String code, Function<World, ApiResponse> request) {
        return new Case(name, code, request);
    }

    static List<Case> cases() {
        return List.of(
                success("PutConfigurationRecorder 2019-01-08", w -> w.individual(V2019).putConfigurationRecorder(TYPES)),
                error("PutConfigurationRecorder 2019-01-08", "Invalid.ResourceTypes.Value",
                        w -> w.individual(V2019).putConfigurationRecorder("ACS::Nothing::Here")),
                success("StartConfigurationRecorder 2019-01-08", w -> w.individual(V2019).startConfigurationRecorder()),
                error("StartConfigurationRecorder 2019-01-08", "AccountNotExisted",
                        w -> w.as("nonexistent", V2019).startConfigurationRecorder()),
                success("DescribeConfigurationRecorder 2019-01-08", w -> w.recorded(V2019).describeConfigurationRecorder()),
                error("DescribeConfigurationRecorder 2019-01-08", "AccountNotExisted",
                        w -> w.as("nonexistent", V2019).describeConfigurationRecorder()),
                success("StartConfigurationRecorder 2020-09-07", w -> w.individual(V2020).startConfigurationRecorder()),
                error("StartConfigurationRecorder 2020-09-07", "NoPermission",
                        w -> w.as("unauthorized", V2020).startConfigurationRecorder()),
                success("GetConfigurationRecorder 2020-09-07", w -> w.recorded(V2020).getConfigurationRecorder()),
                error("GetConfigurationRecorder 2020-09-07", "NoPermission",
                        w -> w.as("unauthorized", V2020).getConfigurationRecorder()),
                success("CreateAggregator 2020-09-07", w -> w.groups().createAggregator(
                        group("first", "CUSTOM").withAccounts(accounts(w.members[0], w.members[1])))),
                error("CreateAggregator 2020-09-07", "AggregatorNameDuplicated", w -> {
                    w.group("first", 0);
                    return w.groups().createAggregator(group("first", "CUSTOM").withAccounts(accounts(w.members[1])));
                }),
                success("UpdateAggregator 2020-09-07", w -> w.groups().updateAggregator(
                        AggregatorRequest.update(w.group("first", 0)).withName("renamed"))),
                error("UpdateAggregator 2020-09-07", "Invalid.AggregatorId.Value", w -> w.groups().updateAggregator(
                        AggregatorRequest.update("ca-0000000000000000dead").withName("renamed"))),
                success("GetAggregator 2020-09-07", w -> w.groups().getAggregator(w.group("first", 0, 1, 2))),
                error("GetAggregator 2020-09-07", "Invalid.AggregatorId.Value",
                        w -> w.groups().getAggregator("ca-0000000000000000dead")),
                success("ListAggregators 2020-09-07", w -> {
                    w.group("first", 0, 1);
                    w.group("second", 2);
                    return w.groups().listAggregators(10);
                }),
                error("ListAggregators 2020-09-07", "AccountNotExisted",
                        w -> w.as("nonexistent", V2020).listAggregators(10)),
                success("DeleteAggregators 2020-09-07", w -> w.groups().deleteAggregators(w.group("first", 0))),
                error("DeleteAggregators 2020-09-07", "AccountNotExisted",
                        w -> w.as("nonexistent", V2020).deleteAggregators("ca-0000000000000000dead")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theJsonAndTheXmlAnswerCarryTheSameFacts(Case request) {
        World json = new World(ResponseFormat.JSON);
        World xml = new World(ResponseFormat.XML);
        ApiResponse fromJson = request.request().apply(json);
        ApiResponse fromXml = request.request().apply(xml);
        Map<String, List<String>> jsonFacts = json.byRole(AnswerFacts.ofJson(fromJson.body()));
        assertEquals(request.code() == null ? List.of() : List.of(request.code()),
                jsonFacts.getOrDefault("Code", List.of()), "the request provokes its case: " + fromJson.body());
        assertEquals(fromJson.status(), fromXml.status(), fromJson.body() + "\n" + fromXml.body());
        assertEquals(jsonFacts, xml.byRole(AnswerFacts.ofXml(fromXml.body())),
                "facts of " + request + " in JSON (expected) and XML (actual)\n" + fromJson.body() + "\n" + fromXml.body());
    }

    /** Accounts staged the same way for one format, and the role of every identifier the world has generated. */
    static final class World {
        private final ResponseFormat format;
        private final Map<String, String> roles = new LinkedHashMap<>();
        private final TestAccount management;
        final long[] members;

        World(ResponseFormat format) {
            this.format = format;
            management = emulator.control().createAccount("management");
            emulator.control().setAggregatorCreation(management.accountId(), Duration.ZERO);
            roles.put(Long.toString(management.accountId()), "<management>");
            members = LongStream.range(0, 3).map(i -> emulator.control().createMember(management.accountId())
                    .accountId()).toArray();
            for (int i = 0; i < members.length; i++) {
                roles.put(Long.toString(members[i]), "<member " + i + ">");
            }
        }

        ConfigClient as(String role, ApiVersion version) {
            TestAccount account = emulator.control().createAccount(role);
            roles.put(Long.toString(account.accountId()), "<" + role + ">");
            return client(account, version);
        }

        ConfigClient individual(ApiVersion version) {
            TestAccount account = emulator.control().createAccount("individual");
            emulator.control().setRecorderTransition(account.accountId(), Duration.ZERO);
            roles.put(Long.toString(account.accountId()), "<individual>");
            return client(account, version);
        }

        /** An individual account that has chosen its resource types and started recording. */
        ConfigClient recorded(ApiVersion version) {
            ConfigClient client = individual(V2019);
            expectSuccess(client.putConfigurationRecorder(TYPES));
            expectSuccess(client.startConfigurationRecorder());
            return new ConfigClient(client.settings().withVersion(version));
        }

        ConfigClient groups() {
            return client(management, V2020);
        }

        /** A custom group of the members at those indices, and its ID. */
        String group(String name, int... memberIndices) {
            expectSuccess(groups().createAggregator(TestGroups.group(name, "CUSTOM")
                    .withAccounts(accounts(IntStream.of(memberIndices).mapToLong(i -> members[i]).toArray()))));
            return groupsNow().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow().aggregatorId();
        }

        /**
         * The world's groups as the emulator holds them, each known by the name it was created with from now on. Read
         * from the state, not from an answer, so that an answer cannot vouch for its own identifiers.
         */
        private List<Aggregator> groupsNow() {
            List<Aggregator> groups = emulator.state().aggregators().all().stream()
                    .filter(g -> g.ownerAccountId() == management.accountId()).toList();
            groups.forEach(g -> roles.putIfAbsent(g.aggregatorId(), "<group " + g.name() + ">"));
            return groups;
        }

        /** The facts with every identifier of this world replaced by its role, in path order. */
        Map<String, List<String>> byRole(Map<String, List<String>> facts) {
            groupsNow();
            Map<String, List<String>> named = new TreeMap<>();
            facts.forEach((path, values) -> {
                List<String> replaced = new ArrayList<>();
                for (String value : values) {
                    for (Map.Entry<String, String> role : roles.entrySet()) {
                        value = value.replace(role.getKey(), role.getValue());
                    }
                    replaced.add(value);
                }
                named.put(path, replaced);
            });
            return named;
        }

        private ConfigClient client(TestAccount account, ApiVersion version) {
            return new ConfigClient(ClientSettings.defaults(emulator.baseUri(), account.credentials())
                    .withVersion(version).withFormat(format));
        }

        private static void expectSuccess(ApiResponse response) {
            assertEquals(200, response.status(), "setup call " + response.describe() + ": " + response.body());
        }
    }
}
