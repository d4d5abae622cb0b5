package io.configconformance.suite;

import io.configconformance.report.Redactor;
import io.configconformance.report.SentSecrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run's journal of intent, as Terraform keeps state: before the suite sends a request that creates or changes
 * something on an account, it appends what it is about to do and how to undo it (an account group to delete, found by
 * its ID or, when the answer was lost, by its unique name; resource types to put back to the list read before), one
 * JSON object a line, forced to disk before the request leaves. Cleanup marks an entry undone once it is; whatever a
 * killed run left begun and not undone, {@code sweep --journal FILE} undoes. Only AccountIds, names, ClientTokens,
 * group IDs and resource types go in: no key, secret, token or signature. The IDs and types are the service's words,
 * so each line is masked of the run's secrets before it is written: an ID that echoes one is not kept (and cannot be
 * undone by it, as no such group exists).
 *
 * <p>One journal per run ({@link RunContext#journal()}), because cleanup of every scenario appends to the same file;
 * unless the run names a file (against a real endpoint) it is kept in memory only (the Maven route, the emulator).
 */
public final class Journal {

    public static final String GROUP = "account-group";
    public static final String TYPES = "resource-types";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final SentSecrets secrets;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private Journal(Path file, SentSecrets secrets) {
        this.file = file;
        this.secrets = secrets;
    }

    /**
     * A journal written to {@code file} (appended to, when it holds entries already), each line masked of
     * {@code secrets}.
     */
    public static Journal open(Path file, SentSecrets secrets) {
        return new Journal(file.toAbsolutePath(), secrets);
    }

    /** A journal kept in memory only, where nothing is left behind (an emulator's accounts are thrown away). */
    public static Journal inMemory() {
        return new Journal(null, new SentSecrets());
    }

    /** The file, if the journal is kept on disk. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * Before a CreateAggregator of {@code account}: the group will be named {@code name} (null when the request names
     * none) and carries {@code clientToken} (or null).
     */
    public Entry beginGroup(long account, String name, String clientToken) {
        Entry entry = new Entry(UUID.randomUUID().toString(), GROUP, account, name, clientToken, null);
        write(entry, base(entry).put("begun", GROUP).put("name", name).put("clientToken", clientToken));
        return entry;
    }

    /**
     * Before the resource types of {@code account} change: {@code types} is what it monitored before, or null when
     * it could not be read (then written once the change was accepted: it cannot be undone).
     */
    public Entry beginTypes(long account, String types) {
        Entry entry = new Entry(UUID.randomUUID().toString(), TYPES, account, null, null, types);
        write(entry, base(entry).put("begun", TYPES).put("types", types));
        return entry;
    }

    /** A create of the entry answered this group ID (a repeat may answer another one). */
    public void created(Entry entry, String aggregatorId) {
        synchronized (this) {
            if (entry.groupIds.contains(aggregatorId)) {
                return;
            }
            entry.groupIds.add(aggregatorId);
        }
        write(entry, base(entry).put("created", aggregatorId));
    }

    /** The entry needs no undoing any more: undone by cleanup or sweep, or refused, so nothing was changed. */
    public void undone(Entry entry, String how) {
        synchronized (this) {
            if (entry.undone) {
                return;
            }
            entry.undone = true;
        }
        write(entry, base(entry).put("undone", how));
    }

    /** The entries of this journal begun and not undone. */
    public synchronized List<Entry> pending() {
        return entries.values().stream().filter(e -> !e.undone).toList();
    }

    private static ObjectNode base(Entry entry) {
        return JSON.createObjectNode().put("entry", entry.id).put("account", entry.account);
    }

    private synchronized void write(Entry entry, ObjectNode line) {
        entries.putIfAbsent(entry.id, entry);
        if (file == null) {
            return;
        }
        byte[] bytes = (Redactor.redact(line.toString(), secrets) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true); // on disk before the request it announces leaves
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the journal " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * What a journal file says was begun and not undone, entry by entry, for {@code sweep}; a last line cut short by a
     * kill is ignored. The entries it returns are this file's: marking one undone appends to it.
     */
    public static Journal read(Path file) throws IOException {
        return read(file, new SentSecrets());
    }

    /** The same, for one that goes on writing to it (sweep): its lines masked of {@code secrets}, as a run's are. */
    public static Journal read(Path file, SentSecrets secrets) throws IOException {
        Journal journal = new Journal(file, secrets);
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (RuntimeException cutShort) {
                continue;
            }
            if (node == null || !node.isObject() || !node.hasNonNull("entry")) {
                continue;
            }
            String id = node.get("entry").asString();
            if (node.hasNonNull("begun")) {
                journal.entries.putIfAbsent(id, new Entry(id, node.get("begun").asString(), node.path("account")
                        .asLong(), text(node, "name"), text(node, "clientToken"), text(node, "types")));
            }
            Entry entry = journal.entries.get(id);
            if (entry != null && node.hasNonNull("created") && !entry.groupIds.contains(node.get("created").asString())) {
                entry.groupIds.add(node.get("created").asString());
            }
            if (entry != null && node.hasNonNull("undone")) {
                entry.undone = true;
            }
        }
        return journal;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }

    /** One thing begun on an account, and what undoing it takes. */
    public static final class Entry {

        private final String id;
        private final String kind;
        private final long account;
        private final String name;
        private final String clientToken;
        private final String types;
        private final List<String> groupIds = new ArrayList<>();
        private volatile boolean undone;

        private Entry(String id, String kind, long account, String name, String clientToken, String types) {
            this.id = id;
            this.kind = kind;
            this.account = account;
            this.name = name;
            this.clientToken = clientToken;
            this.types = types;
        }

        public boolean isGroup() {
            return GROUP.equals(kind);
        }

        public long account() {
            return account;
        }

        /** The group's name, or null when the create named none. */
        public String name() {
            return name;
        }

        public String clientToken() {
            return clientToken;
        }

        /** The resource types to put back (comma-separated), for a {@value #TYPES} entry. */
        public String types() {
            return types;
        }

        public synchronized List<String> groupIds() {
            return List.copyOf(groupIds);
        }

        public boolean isUndone() {
            return undone;
        }

        /** What is left on the account while the entry is pending, for "left behind" and sweep's lines. */
        public String describe() {
            if (!isGroup()) {
                return "resource types of account " + account + (types == null
                        ? " (changed; the list before could not be read)" : " (to be put back to " + types + ")");
            }
            List<String> ids = groupIds();
            return "account group " + (name == null ? "without a name" : name) + " of account " + account
                    + (ids.isEmpty() ? " (its ID unknown: the answer was lost)" : " (" + String.join(", ", ids) + ")");
        }
    }
}
