package io.configconformance.cli;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.protocol.Action;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.suite.ConfiguredAccounts;
import io.configconformance.suite.AccountUnavailable;
import io.configconformance.suite.GroupNames;
import io.configconformance.suite.RunOptions;
import io.configconformance.validation.ResponseFields;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Removes what interrupted runs left behind: the account groups whose names carry the suite's prefix
 * ({@value GroupNames#PREFIX}), of the configured management account (or, on an emulator, of every
 * management account). Nothing else is touched.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Delete leftover account groups named " + GroupNames.PREFIX + "* from earlier runs.")
final class SweepCommand implements Callable<Integer> {

    @Option(names = "--endpoint", required = true, description = "The endpoint's URL.")
    URI endpoint;

    @Option(names = "--credentials", description = "Role file with the management account (see docs/REAL-ENDPOINT.md).")
    Path credentials;

    @Option(names = "--aliyun-profiles", description = "The management account from an aliyun CLI profile in"
            + " ~/.aliyun/config.json, as role=profile@AccountId, e.g. management=corp@1005320983490000")
    String aliyunProfiles;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EmulatorControl control = new EmulatorControl(endpoint, Duration.ofSeconds(5));
        EmulatorControl.Probe probe = control.probe();
        if (probe.presence() == EmulatorControl.Presence.UNREACHABLE) {
            err.println("sweep: " + probe.reason());
            return ExitCodes.USAGE;
        }
        List<TestAccount> managers;
        try {
            managers = probe.presence() == EmulatorControl.Presence.EMULATOR
                    ? control.accounts().stream().filter(a -> a.role().equals("management")).toList()
                    : List.of(ConfiguredAccounts.ofThisMachine(new RunOptions(false, Optional.ofNullable(credentials),
                            Optional.ofNullable(aliyunProfiles), Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(300)))
                            .account("management"));
            managers.forEach(TestAccount::credentials); // a role that cannot be assumed stops here, in one line
        } catch (IllegalArgumentException | AccountUnavailable e) {
            err.println("sweep: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        int deleted = 0;
        int failed = 0;
        for (TestAccount management : managers) {
            ConfigClient client = new ConfigClient(ClientSettings.defaults(endpoint, management.source())
                    .withVersion(ApiVersion.V2020_09_07).withFormat(ResponseFormat.JSON));
            List<String> ids;
            try {
                ids = leftovers(client);
            } catch (IllegalArgumentException e) {
                err.println("sweep: account " + management.accountId() + ": " + e.getMessage());
                failed++;
                continue;
            }
            for (String id : ids) {
                ApiResponse response = client.deleteAggregators(id);
                List<String> refused = response.isSuccess()
                        ? values(response, "OperateAggregatorsResult.OperateAggregators.ErrorCode") : List.of();
                if (!response.isSuccess()) {
                    failed++;
                    err.println("sweep: " + id + " not deleted: HTTP " + response.status());
                } else if (refused.isEmpty()) {
                    deleted++;
                    out.println("deleted " + id);
                } else if (refused.equals(List.of("DefaultAggregatorDeleteNotSupport"))) {
                    out.println("kept " + id + ": the global (RD) account group cannot be deleted");
                } else {
                    failed++;
                    err.println("sweep: " + id + " not deleted: " + refused);
                }
            }
        }
        out.println("sweep: " + deleted + " leftover account groups deleted, " + failed + " not");
        return failed == 0 ? ExitCodes.PASSED : ExitCodes.FAILED;
    }

    /** The IDs of the suite's groups, page by page. */
    private static List<String> leftovers(ConfigClient client) {
        List<String> ids = new ArrayList<>();
        String token = "";
        do {
            ApiResponse page = client.call(Action.LIST_AGGREGATORS.wireName(), token.isEmpty()
                    ? Map.of("MaxResults", "100") : Map.of("MaxResults", "100", "NextToken", token));
            if (!page.isSuccess()) {
                throw new IllegalArgumentException("ListAggregators answered HTTP " + page.status());
            }
            List<String> names = values(page, "AggregatorsResult.Aggregators.AggregatorName");
            List<String> pageIds = values(page, "AggregatorsResult.Aggregators.AggregatorId");
            for (int i = 0; i < names.size() && i < pageIds.size(); i++) {
                if (names.get(i).startsWith(GroupNames.PREFIX)) {
                    ids.add(pageIds.get(i));
                }
            }
            List<String> next = values(page, "AggregatorsResult.NextToken");
            token = next.isEmpty() ? "" : next.get(0);
        } while (!token.isEmpty());
        return ids;
    }

    private static List<String> values(ApiResponse response, String path) {
        return ResponseFields.values(response.format(), response.body(), path);
    }
}
