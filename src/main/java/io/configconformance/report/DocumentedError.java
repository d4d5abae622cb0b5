package io.configconformance.report;

import io.configconformance.witness.MetadataFacts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of an error table in the reference pages, from the catalogue features/documented-errors.csv (checked
 * against the pages by DocumentedErrorCatalogueTest): its status, code and the page's message, and the evidence of
 * the strongest scenario that provokes it. A scenario covers it when it carries the tags {@code @<operation>},
 * {@code @v<version>} and {@code @<code>}.
 */
public record DocumentedError(String page, String operation, String version, int status, String code,
                              Evidence evidence, String message) {

    public static final String CATALOGUE = "features/documented-errors.csv";
    private static final List<DocumentedError> ROWS = load();

    public DocumentedError(String page, String operation, String version, int status, String code) {
        this(page, operation, version, status, code, Evidence.PAGE, "");
    }

    public List<String> tags() {
        return List.of("@" + operation, "@v" + version, "@" + code);
    }

    /**
     * The witnesses that state this row (docs/witnesses.md): its page always; "metadata" when the API metadata lists
     * the code for the operation with the same status and message, "metadata contradicts" when it lists it otherwise.
     */
    public List<String> witnesses() {
        return MetadataFacts.shipped(version).error(operation, code)
                .map(row -> row.path("status").asInt() == status && row.path("message").asString().equals(message)
                        ? List.of("page", "metadata") : List.of("page", "metadata contradicts"))
                .orElse(List.of("page"));
    }

    /** A page row that no other witness backs: the matrix marks it page-only. */
    public boolean pageOnly() {
        return witnesses().equals(List.of("page"));
    }

    @Override
    public String toString() {
        return operation + " " + version + " " + status + " " + code;
    }

    /** The catalogue as shipped on the classpath. */
    public static List<DocumentedError> catalogue() {
        return ROWS;
    }

    /** The row of the operation's page for a code, if the page documents it. */
    public static Optional<DocumentedError> find(String operation, String version, String code) {
        return ROWS.stream().filter(e -> e.operation.equals(operation) && e.version.equals(version)
                && e.code.equals(code)).findFirst();
    }

    private static List<DocumentedError> load() {
        InputStream in = DocumentedError.class.getClassLoader().getResourceAsStream(CATALOGUE);
        if (in == null) {
            throw new IllegalStateException(CATALOGUE + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> {
                List<String> cells = cells(line);
                return new DocumentedError(cells.get(0), cells.get(1), cells.get(2), Integer.parseInt(cells.get(3)),
                        cells.get(4), Evidence.valueOf(cells.get(5).toUpperCase(Locale.ROOT)), cells.get(6));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of one CSV line; a quoted cell may hold commas and doubled quotes. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
