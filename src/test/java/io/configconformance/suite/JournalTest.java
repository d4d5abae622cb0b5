package io.configconformance.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.configconformance.report.SentSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal of intent: each line on disk as it is written, read back entry by entry, a cut-short line ignored. */
class JournalTest {

    @Test
    void whatWasBegunIsOnDiskBeforeAnythingElseAndUndoneEntriesAreNotPending(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("run").resolve("journal.jsonl");
        Journal journal = Journal.open(file, new SentSecrets());
        Journal.Entry group = journal.beginGroup(1005320983490000L, "conformance-Once", "token-1");
        assertEquals(1, Files.readAllLines(file).size(), "written when begun, before any request");
        journal.created(group, "ca-1");
        journal.created(group, "ca-1");
        journal.created(group, "ca-2");
        Journal.Entry types = journal.beginTypes(1713220985230000L, "ACS::ECS::Instance,ACS::ECS::Disk");
        journal.undone(types, "cleanup");

        Journal read = Journal.read(file);
        assertEquals(1, read.pending().size());
        Journal.Entry pending = read.pending().get(0);
        assertEquals(List.of("ca-1", "ca-2"), pending.groupIds());
        assertEquals("conformance-Once", pending.name());
        assertEquals("token-1", pending.clientToken());
        assertEquals(1005320983490000L, pending.account());
        assertEquals("account group conformance-Once of account 1005320983490000 (ca-1, ca-2)", pending.describe());
        assertEquals(List.of(group), journal.pending());
    }

    /**
     * The IDs and types are the service's words: one that echoes a secret the run sent or holds is written masked, and
     * the run still has the ID it was answered, to clean up by.
     */
    @Test
    void whatTheServiceAnsweredIsWrittenMaskedOfTheRunsSecrets(@TempDir Path folder) throws IOException {
        String signature = "be3u0+Nkd96pWoObN4Um0vxeHU0=";
        String secret = "AccessKeySecretOfTheMember0123";
        SentSecrets secrets = new SentSecrets();
        secrets.keepRecent(signature);
        secrets.keep(secret);
        Path file = folder.resolve("journal.jsonl");
        Journal journal = Journal.open(file, secrets);
        Journal.Entry group = journal.beginGroup(1005320983490000L, "conformance-Echo", "token-1");
        journal.created(group, "ca-" + signature);
        journal.beginTypes(7, "ACS::ECS::Instance," + secret);

        String written = Files.readString(file);
        assertTrue(!written.contains(signature) && !written.contains(secret), written);
        assertTrue(written.contains("ca-****") && written.contains("ACS::ECS::Instance,****"), written);
        assertEquals(List.of("ca-" + signature), group.groupIds(), "the run cleans up by the ID it was answered");
        assertEquals("conformance-Echo", Journal.read(file).pending().get(0).name());
    }

    @Test
    void aLastLineCutShortByAKillIsIgnored(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("journal.jsonl");
        Files.writeString(file, "{\"entry\":\"a\",\"account\":7,\"begun\":\"resource-types\",\"types\":\"ACS::ECS::Disk\"}\n"
                + "{\"entry\":\"a\",\"account\":7,\"und");
        List<Journal.Entry> pending = Journal.read(file).pending();
        assertEquals(1, pending.size());
        assertEquals("resource types of account 7 (to be put back to ACS::ECS::Disk)", pending.get(0).describe());
    }

    @Test
    void typesChangedWithoutAListReadBeforeAreSaidToBeSo(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("journal.jsonl");
        Journal.open(file, new SentSecrets()).beginTypes(7, null);
        assertEquals("resource types of account 7 (changed; the list before could not be read)",
                Journal.read(file).pending().get(0).describe());
    }

    @Test
    void withoutAFileTheJournalIsKeptInMemory() {
        Journal journal = Journal.inMemory();
        assertTrue(journal.file().isEmpty());
        Journal.Entry entry = journal.beginGroup(1, null, null);
        assertEquals("account group without a name of account 1 (its ID unknown: the answer was lost)",
                entry.describe());
        journal.undone(entry, "cleanup");
        assertTrue(journal.pending().stream().noneMatch(e -> e == entry));
    }
}
