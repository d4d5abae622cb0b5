package io.configconformance.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The API reference pages (docs/api-reference) as the conformance matrix links them: each page's title, the sentence
 * with which the page says what its operation does, a copy of the page in the report folder ({@code
 * api-reference/<page>.txt}), so that a link works wherever the reports are opened, also from a CI artifact, and an
 * HTML rendering with an anchor per line ({@code pages/<page>.html#L57}), so that a documented row's link lands on
 * the row of the page's error table.
 */
final class ReferencePages {

    /** The folder of the report folder that holds the pages, and the folder of the jar that ships them. */
    static final String FOLDER = "api-reference";

    private static final Map<String, String> TITLES = Map.of(
            "000_42def62748d7a0f1", "Modifies a configuration recorder",
            "001_80286ed9028c0ae6", "Enables Cloud Config to monitor the resources of your Alibaba Cloud account",
            "002_b1f7015c1951f113", "Starts recording configurations of the resources you have selected",
            "003_00feba334594c896", "Modifies the configurations of an account group",
            "004_30b06f634d275b9a", "Creates an account group");

    /**
     * The pages' texts as the jar ships them, read once when the reports first need a page: every report folder gets
     * all of them (copyInto), so reading them together costs nothing more.
     */
    private static final Map<String, String> TEXTS = readAll();

    private ReferencePages() {
    }

    /** The page's title; the page's own name when it has none here. */
    static String title(String page) {
        return TITLES.getOrDefault(page, page);
    }

    /** The link to the page from the report folder. */
    static String link(String page) {
        return FOLDER + "/" + page + ".txt";
    }

    /** The link to the row's line of its page's rendering; to the page's copy when its line is not found. */
    static String rowLink(DocumentedError row) {
        OptionalInt line = line(row);
        return line.isPresent() ? LinedText.link(row.page(), line.getAsInt()) : link(row.page());
    }

    /**
     * The line (from 1) of the page's error-table row: the first line that reads status, code and message in that
     * order, whatever separates them (pages write "400 | Code | Message |", "|400|Code|...", "400 Code Message" or
     * "400CodeMessage").
     */
    static OptionalInt line(DocumentedError row) {
        String wanted = bare(row.status() + row.code() + row.message());
        List<String> lines = text(row.page()).map(text -> text.lines().toList()).orElse(List.of());
        for (int i = 0; i < lines.size(); i++) {
            if (bare(lines.get(i)).startsWith(wanted)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    private static String bare(String text) {
        return text.replaceAll("[|\\s]", "");
    }

    private static Optional<String> text(String page) {
        return Optional.ofNullable(TEXTS.get(page));
    }

    /** Each page of {@link #TITLES} the jar ships, by name; a page it does not ship is left out. */
    private static Map<String, String> readAll() {
        Map<String, String> texts = new HashMap<>();
        for (String page : TITLES.keySet()) {
            try (InputStream in = ReferencePages.class.getClassLoader().getResourceAsStream(link(page))) {
                if (in != null) {
                    texts.put(page, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(texts);
    }

    /**
     * Copies every page the jar ships into {@code folder}'s api-reference folder, renders each with its line anchors
     * into the pages folder, and the ERRATA register beside them.
     */
    static void copyInto(Path folder) {
        try {
            Path copies = Files.createDirectories(folder.resolve(FOLDER));
            Path rendered = Files.createDirectories(folder.resolve(LinedText.FOLDER));
            for (String page : TITLES.keySet()) {
                String text = text(page).orElseThrow(() ->
                        new IllegalStateException(link(page) + " is missing from the classpath"));
                Files.writeString(copies.resolve(page + ".txt"), text, StandardCharsets.UTF_8);
                Files.writeString(rendered.resolve(page + ".html"), LinedText.html(title(page) + " (" + page + ")",
                        text, Map.of()), StandardCharsets.UTF_8);
            }
            Errata.renderInto(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the reference pages to " + folder, e);
        }
    }
}
