package io.configconformance.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.TestAccount;
import io.configconformance.validation.ResponseFields;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many clients on one management account at once: the documented limits and uniqueness rules hold whatever the
 * interleaving, no answer is a 5xx, and the counts the emulator reports match what the clients were told.
 */
class ConcurrencyTest {

    @RegisterExtension
    static final RunningEmulator emulator = new RunningEmulator();

    private static final int THREADS = 8;
    private static final Set<String> EXPECTED_CODES = Set.of("AggregatorNameDuplicated", "AggregatorExceedMaxCount",
            "AggregatorAccountListDuplicated", "Invalid.AggregatorId.Value");


    private static TestAccount directoryWithMembers(int members, long[] ids) {
        TestAccount management = emulator.control().createAccount("management");
        emulator.control().setAggregatorCreation(management.accountId(), Duration.ZERO);
        for (int i = 0; i < members; i++) {
            ids[i] = emulator.control().createMember(management.accountId()).accountId();
        }
        return management;
    }

    private static ConfigClient client(TestAccount account) {
        return new ConfigClient(ClientSettings.defaults(emulator.baseUri(), account.credentials()));
    }

    private static String field(ApiResponse response, String path) {
        List<String> values = ResponseFields.values(response.format(), response.body(), path);
        return values.isEmpty() ? "" : values.get(0);
    }

    @Test
    void concurrentCreatesWithOneNameMakeExactlyOneGroup() throws Exception {
        long[] members = new long[THREADS];
        TestAccount management = directoryWithMembers(THREADS, members);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<ApiResponse>> answers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long member = members[i];
            ConfigClient client = client(management);
            answers.add(pool.submit(() -> {
                go.await();
                return client.createAggregator(TestGroups.group("same-name", "CUSTOM")
                        .withAccounts(TestGroups.accounts(member)));
            }));
        }
        go.countDown();
        int created = 0;
        for (Future<ApiResponse> answer : answers) {
            ApiResponse response = answer.get();
            if (response.status() == 200) {
                created++;
            } else {
                assertEquals("AggregatorNameDuplicated", field(response, "Code"), response.body());
            }
        }
        pool.shutdown();
        assertEquals(1, created);
        assertEquals(1, emulator.control().resources(management.accountId()).path("Aggregators").size());
    }

    @Test
    void aThousandMixedRequestsFromEightThreadsLeaveConsistentState() throws Exception {
        long[] members = new long[6];
        TestAccount management = directoryWithMembers(members.length, members);
        Set<String> createdIds = ConcurrentHashMap.newKeySet();
        Set<String> deletedIds = ConcurrentHashMap.newKeySet();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Set<String> unexpected = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(t);
            ConfigClient client = client(management);
            work.add(pool.submit(() -> {
                for (int i = 0; i < 1000 / THREADS; i++) {
                    ApiResponse response = oneRandomCall(client, random, members, createdIds);
                    statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
                    if (response.status() == 200 && response.action().equals("CreateAggregator")) {
                        createdIds.add(field(response, "AggregatorId"));
                    } else if (response.status() == 200 && response.action().equals("DeleteAggregators")) {
                        deletedIds.add(field(response, "OperateAggregatorsResult.OperateAggregators.AggregatorId"));
                    } else if (response.status() != 200 && !EXPECTED_CODES.contains(field(response, "Code"))) {
                        unexpected.add(response.status() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        assertEquals(Set.of(), unexpected, "every refusal is a documented code");
        assertEquals(1000, statuses.values().stream().mapToInt(AtomicInteger::get).sum(), statuses.toString());
        assertTrue(statuses.keySet().stream().allMatch(status -> status < 500), statuses.toString());

        ApiResponse list = client(management).call("ListAggregators", Map.of("MaxResults", "100"));
        List<String> ids = ResponseFields.values(list.format(), list.body(), "AggregatorsResult.Aggregators.AggregatorId");
        List<String> names = ResponseFields.values(list.format(), list.body(),
                "AggregatorsResult.Aggregators.AggregatorName");
        Set<String> expectedIds = new HashSet<>(createdIds);
        expectedIds.removeAll(deletedIds);
        assertEquals(expectedIds, new HashSet<>(ids), "groups present = created - deleted");
        assertTrue(ids.size() <= 5, "at most 5 groups: " + ids);
        assertEquals(names.size(), new HashSet<>(names).size(), "names are unique: " + names);
        Set<String> memberLists = new HashSet<>();
        for (String id : ids) {
            ApiResponse group = client(management).getAggregator(id);
            List<String> accountIds = ResponseFields.values(group.format(), group.body(),
                    "Aggregator.AggregatorAccounts.AccountId");
            assertEquals(String.valueOf(accountIds.size()), field(group, "Aggregator.AggregatorAccountCount"));
            assertTrue(memberLists.add(accountIds.stream().sorted().collect(Collectors.joining(","))),
                    "member lists are unique: " + accountIds);
        }
    }

    private static ApiResponse oneRandomCall(ConfigClient client, Random random, long[] members, Set<String> ids) {
        List<String> known = new ArrayList<>(ids);
        String someId = known.isEmpty() ? "ca-00000000000000000000" : known.get(random.nextInt(known.size()));
        int pick = random.nextInt(10);
        if (pick < 4) {
            return client.createAggregator(TestGroups.group("g" + random.nextInt(8), "CUSTOM")
                    .withAccounts(randomMembers(random, members)));
        } else if (pick < 6) {
            return client.updateAggregator(AggregatorRequest.update(someId).withName("g" + random.nextInt(8))
                    .withAccounts(randomMembers(random, members)));
        } else if (pick < 8) {
            return client.getAggregator(someId);
        } else if (pick < 9) {
            return client.listAggregators(100);
        }
        return client.deleteAggregators(someId);
    }

    private static String randomMembers(Random random, long[] members) {
        long[] chosen = LongStream.of(members).filter(m -> random.nextInt(3) == 0).toArray();
        return TestGroups.accounts(chosen.length == 0 ? new long[] {members[0]} : chosen);
    }
}
