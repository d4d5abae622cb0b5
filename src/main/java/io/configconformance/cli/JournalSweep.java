package io.configconformance.cli;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.Pacing;
import io.configconformance.client.TestAccount;
import io.configconformance.client.TransportFailure;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.suite.AccountGroupList;
import io.configconformance.suite.GroupNames;
import io.configconformance.suite.Journal;
import io.configconformance.validation.ResponseFields;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code sweep --journal FILE}: undoes what a run began and did not undo, as its journal says. A group is deleted by
 * the IDs its creates answered or, when every answer was lost, found by its unique name (with the suite's prefix)
 * among the account's groups; resource types are put back to the list read before they were changed, once the
 * recorder has settled. Each thing undone is marked so in the journal, so a second sweep does nothing.
 */
final class JournalSweep {

    private static final String STATUS = "ConfigurationRecorder.ConfigurationRecorderStatus";

    private final URI endpoint;
    private final Map<Long, TestAccount> accounts;
    private final Duration wait;
    private final Pacing wire;
    private int undone;
    private int failed;

    JournalSweep(URI endpoint, Map<Long, TestAccount> accounts, Duration wait, Pacing wire) {
        this.endpoint = endpoint;
        this.wire = wire;
        this.accounts = accounts;
        this.wait = wait;
    }

    /** Undoes every pending entry it can, a line for each; how many could not be undone. */
    int undo(Journal journal, PrintWriter out, PrintWriter err) {
        for (Journal.Entry entry : journal.pending()) {
            TestAccount account = accounts.get(entry.account());
            String problem;
            try {
                problem = account == null ? "account " + entry.account() + " is not among the configured accounts"
                        : entry.isGroup() ? deleteGroups(entry, account, journal) : restore(entry, account);
            } catch (TransportFailure | IllegalArgumentException e) {
                problem = e.getMessage();
            }
            if (problem == null) {
                journal.undone(entry, "sweep");
                undone++;
                out.println("undone: " + entry.describe());
            } else {
                failed++;
                err.println("sweep: not undone: " + entry.describe() + ": " + problem);
            }
        }
        return failed;
    }

    int undone() {
        return undone;
    }

    private ConfigClient client(TestAccount account, ApiVersion version) {
        return new ConfigClient(ClientSettings.defaults(endpoint, account.source()).withVersion(version)
                .withFormat(ResponseFormat.JSON).withPacing(wire));
    }

    private String deleteGroups(Journal.Entry entry, TestAccount account, Journal journal) {
        ConfigClient client = client(account, ApiVersion.V2020_09_07);
        List<String> ids = entry.groupIds();
        if (ids.isEmpty()) {
            if (entry.name() == null || !entry.name().startsWith(GroupNames.PREFIX)) {
                return "its answer was lost and it has no name of the suite's to find it by";
            }
            ids = AccountGroupList.of(client).stream().filter(g -> entry.name().equals(g.name()))
                    .map(AccountGroupList.Group::id).toList();
            ids.forEach(id -> journal.created(entry, id));
        }
        for (String id : ids) {
            ApiResponse answer = client.deleteAggregators(id);
            List<String> refused = answer.isSuccess() ? ResponseFields.values(answer.format(), answer.body(),
                    "OperateAggregatorsResult.OperateAggregators.ErrorCode").stream().filter(c -> !c.isEmpty())
                    .toList() : List.of("HTTP " + answer.status());
            if (!refused.isEmpty() && !answer.body().contains("Invalid.AggregatorId.Value")) {
                return id + " not deleted: " + refused;
            }
        }
        return null;
    }

    /** Puts the types back once no deployment is under way (one would refuse the change with ProcessIsRunning). */
    private String restore(Journal.Entry entry, TestAccount account) {
        if (entry.types() == null) {
            return "the list before could not be read: put the account's resource types back by hand";
        }
        ConfigClient client = client(account, ApiVersion.V2019_01_08);
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = 200;
        while (true) {
            List<String> status = ResponseFields.values(ResponseFormat.JSON,
                    client.describeConfigurationRecorder().body(), STATUS);
            boolean settled = status.isEmpty() || !status.get(0).equals("BUILDING") && !status.get(0)
                    .equals("REBUILDING");
            if (settled) {
                ApiResponse put = client.putConfigurationRecorder(entry.types());
                if (put.isSuccess()) {
                    return null;
                }
                if (!put.body().contains("ProcessIsRunning")) {
                    return "PutConfigurationRecorder answered HTTP " + put.status();
                }
            }
            if (System.nanoTime() + pause * 1_000_000 > deadline) {
                return "the recorder was still being deployed after " + wait.toSeconds() + " s";
            }
            try {
                Thread.sleep(pause); // a deployment takes its time; polling it faster would not shorten it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting for the recorder";
            }
            pause = Math.min(pause * 2, 5_000);
        }
    }
}
