package io.configconformance.steps;

import io.configconformance.client.TestAccount;
import io.configconformance.suite.Journal;
import io.configconformance.suite.RunContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one scenario began on accounts, as the run's journal of intent holds it (docs/SAFETY.md): each entry is
 * journaled before its request is sent, with the account that undoes it, and cleanup undoes the entries in order.
 * PicoContainer creates one per scenario.
 */
public final class BegunOnAccounts {

    private final Journal journal = RunContext.current().journal();
    private final List<Begun> begun = new ArrayList<>();
    private final Set<Journal.Entry> refused = new HashSet<>();

    /** Something the scenario began on an account, as the journal holds it, and the account that undoes it. */
    public record Begun(Journal.Entry entry, TestAccount account) {
    }

    /**
     * Everything the scenario began on an account, in order (so that every run cleans up alike, and its recording is
     * the same): what cleanup undoes.
     */
    public List<Begun> begun() {
        return List.copyOf(begun);
    }

    /** Journals a CreateAggregator {@code owner} is about to send, before it is sent. */
    public Journal.Entry beginGroup(TestAccount owner, String name, String clientToken) {
        Journal.Entry entry = journal.beginGroup(owner.accountId(), name, clientToken);
        begun.add(new Begun(entry, owner));
        return entry;
    }

    /**
     * Journals the resource types {@code account} monitors before the scenario first changes them, to put them back
     * afterwards; a later change of the same account's types needs nothing more.
     */
    public void beginTypes(TestAccount account, String types) {
        if (!typesBegun(account.accountId())) {
            begun.add(new Begun(journal.beginTypes(account.accountId(), types), account));
        }
    }

    /** Whether the scenario has already journaled the resource types of this account. */
    public boolean typesBegun(long accountId) {
        return begun.stream().anyMatch(b -> !b.entry().isGroup() && b.account().accountId() == accountId);
    }

    /** The service refused a create of the entry with a 4xx: if the group cannot be looked up, none was made. */
    public void refused(Journal.Entry entry) {
        refused.add(entry);
    }

    public boolean wasRefused(Journal.Entry entry) {
        return refused.contains(entry);
    }

    /** The journal the entries are written to. */
    public Journal journal() {
        return journal;
    }

    /** A create of the entry answered this group: cleanup deletes it. */
    public void created(Journal.Entry entry, String aggregatorId) {
        journal.created(entry, aggregatorId);
    }
}
