package io.configconformance.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One row of an error table in the reference pages, from the catalogue features/documented-errors.csv (checked
 * against the pages by DocumentedErrorCatalogueTest). A scenario covers it when it carries the tags
 * {@code @<operation>}, {@code @v<version>} and {@code @<code>}.
 */
public record DocumentedError(String page, String operation, String version, int status, String code) {

    public static final String CATALOGUE = "features/documented-errors.csv";

    public List<String> tags() {
        return List.of("@" + operation, "@v" + version, "@" + code);
    }

    @Override
    public String toString() {
        return operation + " " + version + " " + status + " " + code;
    }

    /** The catalogue as shipped on the classpath. */
    public static List<DocumentedError> catalogue() {
        InputStream in = DocumentedError.class.getClassLoader().getResourceAsStream(CATALOGUE);
        if (in == null) {
            throw new IllegalStateException(CATALOGUE + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> {
                String[] cells = line.split(",");
                return new DocumentedError(cells[0], cells[1], cells[2], Integer.parseInt(cells[3]), cells[4]);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
