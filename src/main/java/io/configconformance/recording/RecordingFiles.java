package io.configconformance.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A recording on disk: one JSON file per scenario, at {@code <feature folder>/<feature>/<scenario>.json} below the
 * recording's folder, written for diffs: keys in a fixed order, one value per line, "\n" line ends, a final newline.
 */
public final class RecordingFiles {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DefaultIndenter ONE_PER_LINE = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = JSON.writer().with(new DefaultPrettyPrinter()
            .withObjectIndenter(ONE_PER_LINE).withArrayIndenter(ONE_PER_LINE));
    private static final String EXCHANGES = "exchanges";

    private RecordingFiles() {
    }

    /** The scenario's name in a recording: feature path without {@code features/} and extension, then the scenario. */
    public static String scenarioId(String featureUri, String scenarioName) {
        String feature = featureUri;
        int at = feature.lastIndexOf("features/");
        feature = at >= 0 ? feature.substring(at + "features/".length()) : feature.substring(feature.indexOf(':') + 1);
        feature = feature.endsWith(".feature") ? feature.substring(0, feature.length() - ".feature".length()) : feature;
        String slug = scenarioName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        // a file name has room for 255 bytes: a longer name keeps its start and a digest of the whole
        return feature + "/" + (slug.length() > 200 ? slug.substring(0, 190) + "-" + derivedSuffix(slug) : slug);
    }

    /** A short name derived from the scenario, the same in every run: the suffix of the names the suite makes up. */
    public static String derivedSuffix(String scenarioId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(scenarioId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(JsonNode node) {
        return WRITER.writeValueAsString(node) + "\n";
    }

    static void write(Path dir, String scenarioId, ObjectNode recording) {
        Path file = dir.resolve(scenarioId + ".json");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text(recording), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the recording " + file, e);
        }
    }

    /** Every scenario of a recording, by scenario id in file order; empty when the folder holds none. */
    public static Map<String, ObjectNode> read(Path dir) {
        Map<String, ObjectNode> recordings = new TreeMap<>();
        for (Path file : files(dir)) {
            JsonNode node;
            try {
                node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + " is not a recording: " + e.getMessage());
            }
            if (!(node instanceof ObjectNode object) || !node.path(EXCHANGES).isArray()) {
                throw new IllegalArgumentException(file + " is not a recording (no \"" + EXCHANGES + "\" list)");
            }
            String relative = dir.relativize(file).toString().replace('\\', '/');
            recordings.put(relative.substring(0, relative.length() - ".json".length()), object);
        }
        return recordings;
    }

    /**
     * Removes an earlier recording's files from the folder, but those of the scenarios in {@code keep} (files written
     * as recordings are; nothing else).
     */
    public static void clear(Path dir, java.util.Set<String> keep) {
        for (Path file : files(dir)) {
            String relative = dir.relativize(file).toString().replace('\\', '/');
            if (keep.contains(relative.substring(0, relative.length() - ".json".length()))) {
                continue;
            }
            try {
                if (Files.readString(file, StandardCharsets.UTF_8).contains("\n  \"" + EXCHANGES + "\" : [")) {
                    Files.delete(file);
                }
            } catch (IOException | RuntimeException notARecording) {
                // left as it is
            }
        }
    }

    /** How many scenario files a recording has. */
    public static int count(Path dir) {
        return files(dir).size();
    }

    /**
     * The recording's files: regular files inside the folder only. A symbolic link is refused rather than followed,
     * so a recording someone else made cannot have {@code replay} serve a file outside it ({@code link.json ->
     * /etc/passwd}); the walk does not follow linked folders either.
     */
    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            for (Path file : files) {
                if (Files.isSymbolicLink(file)) {
                    throw new IllegalArgumentException(file + " is a symbolic link; a recording holds regular files"
                            + " only");
                }
            }
            return files.stream().filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recording folder " + dir, e);
        }
    }
}
