package io.configconformance.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of features/documented-errors.csv, each with the "Error message" cell of its row in its page's error
 * table (docs/api-reference/&lt;page&gt;.txt), read from the pages whatever their layout: cells in pipes (002, 003),
 * cells separated by spaces with a description that opens "The error message returned because" (000), or cells run
 * together, the message ending at the first full stop followed at once by a capital (001, 004).
 */
record DocumentedMessages(String page, String action, String version, int status, String code, String message) {

    private static final Path CSV = Path.of("features", "documented-errors.csv");
    private static final Path PAGES = Path.of("docs", "api-reference");
    private static final String SPACED_DESCRIPTION = " The error message returned because";
    private static final Pattern RUN_TOGETHER_END = Pattern.compile("\\.(?=[A-Z])");

    /** Every row of the CSV with its page's message. */
    static List<DocumentedMessages> all() {
        try {
            return Files.readAllLines(CSV).stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
                String[] cells = line.split(",");
                String page = cells[0];
                int status = Integer.parseInt(cells[3]);
                return new DocumentedMessages(page, cells[1], cells[2], status, cells[4],
                        message(read(page), status, cells[4]));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The short page number the tests name rows by ("000"). */
    String pageNumber() {
        return page.substring(0, 3);
    }


    private static String read(String page) {
        try {
            return Files.readString(PAGES.resolve(page + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message cell of the error table row with this status and code. */
    static String message(String page, int status, String code) {
        String table = page.substring(page.indexOf("Error codes"));
        Matcher row = Pattern.compile("(?m)^\\|?" + status + "\\s*\\|?\\s*" + Pattern.quote(code) + "(?=[\\s|A-Z])(.*)$")
                .matcher(table);
        if (!row.find()) {
            throw new AssertionError("no row " + status + " " + code + " in the error table");
        }
        String rest = row.group(1);
        if (rest.contains("|")) {
            return rest.replaceFirst("^\\s*\\|", "").split("\\|", 2)[0].trim();
        }
        if (rest.startsWith(" ")) {
            int description = rest.indexOf(SPACED_DESCRIPTION);
            return (description < 0 ? rest : rest.substring(0, description)).trim();
        }
        Matcher end = RUN_TOGETHER_END.matcher(rest);
        return end.find() ? rest.substring(0, end.start() + 1) : rest.trim();
    }
}
