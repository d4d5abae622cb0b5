package io.configconformance.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The API reference pages (docs/api-reference) as the conformance matrix links them: each page's title, the sentence
 * with which the page says what its operation does, and a copy of the page in the report folder ({@code
 * api-reference/<page>.txt}), so that a link works wherever the reports are opened, also from a CI artifact.
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

    /** Copies every page the jar ships into {@code folder}'s api-reference folder. */
    static void copyInto(Path folder) {
        try {
            Path pages = Files.createDirectories(folder.resolve(FOLDER));
            for (String page : TITLES.keySet()) {
                try (InputStream in = ReferencePages.class.getClassLoader().getResourceAsStream(link(page))) {
                    if (in == null) {
                        throw new IllegalStateException(link(page) + " is missing from the classpath");
                    }
                    Files.copy(in, pages.resolve(page + ".txt"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the reference pages to " + folder, e);
        }
    }
}
