package io.configconformance.cli;

import io.configconformance.client.ApiResponse;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.Pacing;
import io.configconformance.client.TestAccount;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.report.SentSecrets;
import io.configconformance.suite.ConfiguredAccounts;
import io.configconformance.suite.AccountUnavailable;
import io.configconformance.suite.AccountGroupList;
import io.configconformance.suite.GroupNames;
import io.configconformance.suite.Journal;
import io.configconformance.suite.RunOptions;
import io.configconformance.validation.ResponseFields;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Removes what interrupted runs left behind. With {@code --journal FILE}, first what that run's journal says it began
 * and did not undo ({@link JournalSweep}). Then the account groups of the configured management account (or, on an
 * emulator, of every management account) that are the suite's: named with its prefix ({@value GroupNames#PREFIX})
 * and either held by the journal or described with its marker. Each group is read whole from ListAggregators, so a
 * group the answer lists without a name is never taken for another; every group kept is listed with the reason.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Undo what the --journal of an interrupted run holds, and delete leftover account groups named "
                + GroupNames.PREFIX + "* and described as the suite's.")
final class SweepCommand implements Callable<Integer>, SendsSecrets {

    @Option(names = "--endpoint", required = true, description = "The endpoint's URL.")
    URI endpoint;

    @Option(names = "--credentials", description = "Role file with the management account (see docs/REAL-ENDPOINT.md).")
    Path credentials;

    @Option(names = "--aliyun-profiles", description = "The management account from an aliyun CLI profile in"
            + " ~/.aliyun/config.json, as role=profile@AccountId, e.g. management=corp@1005320983490000")
    String aliyunProfiles;

    @Option(names = "--journal", paramLabel = "FILE", description = "The journal of a run (run --journal, or"
            + " journal.jsonl among its reports): what it began and did not undo is undone.")
    Path journal;

    @Option(names = "--resource-wait", defaultValue = "300", description = "Seconds to wait for a recorder"
            + " deployment to end before its resource types are put back (default: ${DEFAULT-VALUE}).")
    int resourceWait;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One wire for every client of the sweep, not paced: its secrets are what an unexpected error is masked of. */
    private final Pacing wire = Pacing.none();

    @Override
    public SentSecrets sentSecrets() {
        return wire.secrets();
    }

    @Override
    public Integer call() {
        // Its lines quote the endpoint (group names and ids, refused codes, messages): data, never a secret
        PrintWriter out = new DataLines(spec.commandLine().getOut(), wire.secrets());
        PrintWriter err = new DataLines(spec.commandLine().getErr(), wire.secrets());
        Journal intents;
        try {
            intents = journal == null ? null : Journal.read(journal, wire.secrets());
        } catch (IOException e) {
            err.println("sweep: --journal " + journal + " cannot be read: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        EmulatorControl control = new EmulatorControl(endpoint, Duration.ofSeconds(5),
                System.getProperty(EmulatorControl.TOKEN_PROPERTY, System.getenv(EmulatorControl.TOKEN_VARIABLE)), wire);
        EmulatorControl.Probe probe = control.probe();
        if (probe.presence() == EmulatorControl.Presence.UNREACHABLE) {
            err.println("sweep: " + probe.reason());
            return ExitCodes.USAGE;
        }
        List<TestAccount> accounts;
        try {
            if (probe.presence() == EmulatorControl.Presence.EMULATOR) {
                accounts = control.accounts();
            } else {
                ConfiguredAccounts configured = ConfiguredAccounts.ofThisMachine(new RunOptions(false,
                        Optional.ofNullable(credentials), Optional.ofNullable(aliyunProfiles), Duration.ofSeconds(5),
                        Duration.ofSeconds(20), Duration.ofSeconds(300)));
                configured.account("management"); // without it, it says in one line how to configure it
                accounts = configured.all();
            }
            // A role that cannot be assumed stops here, in one line. Every secret configured or assumed is masked from
            // now on, sent or not: the service that issued a key knows it, and may echo it.
            accounts.forEach(account -> account.credentials().registerInto(wire.secrets()));
        } catch (IllegalArgumentException | AccountUnavailable e) {
            err.println("sweep: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        int failed = 0;
        int undone = 0;
        if (intents != null) {
            JournalSweep sweep = new JournalSweep(endpoint, accounts.stream().collect(Collectors.toMap(
                    TestAccount::accountId, a -> a, (a, b) -> a)), Duration.ofSeconds(resourceWait), wire);
            failed += sweep.undo(intents, out, err);
            undone = sweep.undone();
        }
        int deleted = 0;
        for (TestAccount management : accounts.stream().filter(a -> a.role().equals("management")).toList()) {
            ConfigClient client = new ConfigClient(ClientSettings.defaults(endpoint, management.source())
                    .withVersion(ApiVersion.V2020_09_07).withFormat(ResponseFormat.JSON).withPacing(wire));
            List<String> ids;
            try {
                ids = leftovers(client, intents, out);
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
        out.println("sweep: " + (intents == null ? "" : undone + " journal entries undone, ") + deleted
                + " leftover account groups deleted, " + failed + " not");
        return failed == 0 ? ExitCodes.PASSED : ExitCodes.FAILED;
    }

    /**
     * The IDs of the suite's groups: the prefix and (the journal's word or the suite's marker); every other group is
     * listed as kept, with why.
     */
    private static List<String> leftovers(ConfigClient client, Journal intents, PrintWriter out) {
        List<String> ids = new ArrayList<>();
        for (AccountGroupList.Group group : AccountGroupList.of(client)) {
            String kept = keptBecause(group, intents);
            if (kept == null) {
                ids.add(group.id());
            } else {
                out.println("kept " + group.id() + (group.name() == null ? "" : " (" + group.name() + ")") + ": "
                        + kept);
            }
        }
        return ids;
    }

    /** Why a group is not the suite's to delete, or null when it is. */
    static String keptBecause(AccountGroupList.Group group, Journal intents) {
        if (group.name() == null) {
            return "listed without a name";
        }
        if (!group.name().startsWith(GroupNames.PREFIX)) {
            return "not named " + GroupNames.PREFIX + "*";
        }
        boolean journaled = intents != null && intents.pending().stream().anyMatch(e -> e.isGroup()
                && (e.groupIds().contains(group.id()) || group.name().equals(e.name())));
        return journaled || group.markedAsTheSuites() ? null
                : "named like the suite's, but neither in the journal nor described as the suite's (\""
                        + GroupNames.MARKER + "\")";
    }

    private static List<String> values(ApiResponse response, String path) {
        return ResponseFields.values(response.format(), response.body(), path);
    }
}
