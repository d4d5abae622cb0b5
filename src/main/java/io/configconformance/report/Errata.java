package io.configconformance.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ERRATA register (docs/ERRATA.md, shipped in the jar) as the matrix links it: rendered into the report folder
 * as {@code pages/ERRATA.html}, every line an anchor and each entry's table row the anchor of its id
 * ({@code #A29}, {@code #E3}), so that an evidence entry in a report opens the entry itself, also offline.
 */
final class Errata {

    /** Where the register is on the classpath. */
    static final String RESOURCE = "register/ERRATA.md";
    static final String NAME = "ERRATA";

    /** A row of the register's tables that opens an entry: "| A29 | ...". */
    private static final Pattern ENTRY_ROW = Pattern.compile("^\\| *([EA]\\d+) *\\|");

    private Errata() {
    }

    /** The link from the report folder to an entry. */
    static String link(String entry) {
        return LinedText.FOLDER + "/" + NAME + ".html#" + entry;
    }

    /** The line of each entry's row, by line number (from 1): the first row that opens it. */
    static Map<Integer, String> entries(String register) {
        Map<Integer, String> entries = new LinkedHashMap<>();
        var lines = register.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher row = ENTRY_ROW.matcher(lines.get(i));
            if (row.find() && !entries.containsValue(row.group(1))) {
                entries.put(i + 1, row.group(1));
            }
        }
        return entries;
    }

    /** Writes the rendered register into the report folder's pages folder. */
    static void renderInto(Path folder) {
        try (InputStream in = Errata.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            String register = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Path pages = Files.createDirectories(folder.resolve(LinedText.FOLDER));
            Files.writeString(pages.resolve(NAME + ".html"), LinedText.html("Errata and assumptions register",
                    register, entries(register)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ERRATA register to " + folder, e);
        }
    }
}
