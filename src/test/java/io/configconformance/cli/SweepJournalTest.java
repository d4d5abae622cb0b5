package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.configconformance.suite.Journal;
import io.configconformance.validation.ResponseFields;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `sweep --journal FILE` after a run was killed: what the journal says was begun and not undone is undone (a group by
 * its ID, a group whose answer was lost by its unique name, resource types back to the list read before), what it
 * says was undone is left alone, and a second sweep finds nothing to do.
 */
class SweepJournalTest {

    private static final String BEFORE = "ACS::ECS::Instance,ACS::RDS::DBInstance";

    @Test
    void undoesWhatWasBegunAndNotUndone(@TempDir Path folder) throws IOException {
        try (Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start()) {
            EmulatorControl control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(5));
            TestAccount management = control.createAccount("management", Duration.ZERO, Duration.ZERO);
            TestAccount individual = control.createAccount("individual", Duration.ZERO, Duration.ZERO);
            long member = control.createMember(management.accountId()).accountId();
            long other = control.createMember(management.accountId()).accountId();
            ConfigClient groups = client(emulator, management, ApiVersion.V2020_09_07);
            String known = id(groups.createAggregator(custom("conformance-known", member)).body());
            groups.createAggregator(custom("conformance-answer-lost", other));
            ConfigClient recorder = client(emulator, individual, ApiVersion.V2019_01_08);
            recorder.putConfigurationRecorder("ACS::ECS::Disk");

            Path journal = folder.resolve("journal.jsonl");
            Files.writeString(journal, String.join("\n",
                    "{\"entry\":\"1\",\"account\":" + management.accountId() + ",\"begun\":\"account-group\","
                            + "\"name\":\"conformance-known\",\"clientToken\":\"t-1\"}",
                    "{\"entry\":\"1\",\"account\":" + management.accountId() + ",\"created\":\"" + known + "\"}",
                    "{\"entry\":\"2\",\"account\":" + management.accountId() + ",\"begun\":\"account-group\","
                            + "\"name\":\"conformance-answer-lost\",\"clientToken\":\"t-2\"}",
                    "{\"entry\":\"3\",\"account\":" + individual.accountId() + ",\"begun\":\"resource-types\","
                            + "\"types\":\"" + BEFORE + "\"}",
                    "{\"entry\":\"4\",\"account\":" + individual.accountId() + ",\"begun\":\"resource-types\","
                            + "\"types\":\"ACS::OSS::Bucket\"}",
                    "{\"entry\":\"4\",\"account\":" + individual.accountId() + ",\"undone\":\"cleanup\"}",
                    "{\"entry\":\"5\",\"account\":" + individual.accountId() + ",\"beg") + "\n"); // cut short by a kill

            StringWriter out = new StringWriter();
            assertEquals(ExitCodes.PASSED, sweep(emulator, journal, out), out.toString());
            assertTrue(out.toString().contains("sweep: 3 journal entries undone, 0 leftover account groups deleted,"
                    + " 0 not"), out.toString());
            var list = groups.listAggregators(100);
            assertEquals(List.of(), ResponseFields.values(list.format(), list.body(),
                    "AggregatorsResult.Aggregators.AggregatorName"));
            var read = recorder.describeConfigurationRecorder();
            assertEquals(List.of(BEFORE.split(",")), ResponseFields.values(read.format(), read.body(),
                    "ConfigurationRecorder.ResourceTypes"));
            assertEquals(List.of(), Journal.read(journal).pending());

            StringWriter again = new StringWriter();
            assertEquals(ExitCodes.PASSED, sweep(emulator, journal, again));
            assertTrue(again.toString().contains("sweep: 0 journal entries undone"), again.toString());
        }
    }

    private static int sweep(Emulator emulator, Path journal, StringWriter out) {
        return new CommandLine(new SweepCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(out))
                .execute("--endpoint", emulator.baseUri().toString(), "--journal", journal.toString());
    }

    private static ConfigClient client(Emulator emulator, TestAccount account, ApiVersion version) {
        return new ConfigClient(ClientSettings.defaults(emulator.baseUri(), account.credentials()).withVersion(version)
                .withFormat(ResponseFormat.JSON));
    }

    private static String id(String body) {
        return ResponseFields.values(ResponseFormat.JSON, body, "AggregatorId").get(0);
    }

    private static AggregatorRequest custom(String name, long member) {
        return AggregatorRequest.create(name, "CUSTOM").withDescription("not marked: only the journal says so")
                .withAccounts("[{\"AccountId\":" + member + ",\"AccountType\":\"ResourceDirectory\"}]");
    }
}
