package io.configconformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference pages and the ERRATA register as the report folder renders them: a link lands on its line. */
class LinedPagesTest {

    @Test
    void everyLineIsAnAnchorAndThePageTextIsEscaped() {
        String html = LinedText.html("a <page>", "first\n<script>alert(1)</script> & more\nthird", Map.of(3, "A29"));
        assertTrue(html.contains("<div class=\"line\" id=\"L1\"><a class=\"n\" href=\"#L1\">1</a>first</div>"), html);
        assertTrue(html.contains("<div class=\"line\" id=\"L2\"><a class=\"n\" href=\"#L2\">2</a>&lt;script&gt;alert(1)"
                + "&lt;/script&gt; &amp; more</div>"), html);
        assertTrue(html.contains("id=\"L3\"><a class=\"n\" href=\"#L3\">3</a><span id=\"A29\"></span>third</div>"), html);
        assertFalse(html.contains("<script>"), "the page's text is never markup: " + html);
        assertTrue(html.contains("<title>a &lt;page&gt;</title>"), html);
    }

    @Test
    void everyDocumentedRowIsFoundOnTheLineOfItsPagesErrorTable() {
        for (DocumentedError row : DocumentedError.catalogue()) {
            OptionalInt line = ReferencePages.line(row);
            assertTrue(line.isPresent(), "no line for " + row);
            String text = pageLines(row.page()).get(line.getAsInt() - 1);
            assertTrue(text.startsWith(String.valueOf(row.status())) || text.startsWith("|" + row.status())
                    || text.startsWith("| " + row.status()), row + " on line " + line + ": " + text);
            assertTrue(text.contains(row.code()) && text.contains(row.message()), row + ": " + text);
            assertEquals(LinedText.link(row.page(), line.getAsInt()), ReferencePages.rowLink(row));
        }
    }

    @Test
    void aRowOfAPageTheJarDoesNotShipLinksThePageItself() {
        DocumentedError unknown = new DocumentedError("999", "CreateAggregator", "2020-09-07", 400, "X");
        assertEquals("api-reference/999.txt", ReferencePages.rowLink(unknown));
    }

    @Test
    void eachErrataEntryIsTheAnchorOfItsOwnRow() {
        Map<Integer, String> entries = Errata.entries("# Register\n| id | page |\n|---|---|\n| E1 | 002 | says |\n"
                + "| A29 | x | y |\n- **E1**: a scenario\n");
        assertEquals(Map.of(4, "E1", 5, "A29"), entries);
        assertEquals("pages/ERRATA.html#A29", Errata.link("A29"));
    }

    @Test
    void everyEntryOfTheShippedRegisterHasItsAnchor() throws Exception {
        String register;
        try (var in = Errata.class.getClassLoader().getResourceAsStream(Errata.RESOURCE)) {
            register = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Matcher listed = Pattern.compile("(?m)^- \\*\\*([EA]\\d+)\\*\\*:").matcher(register);
        var anchored = Errata.entries(register).values();
        int entries = 0;
        while (listed.find()) {
            entries++;
            assertTrue(anchored.contains(listed.group(1)), "no anchor for " + listed.group(1));
        }
        assertTrue(entries > 40, "the register's list of entries was read: " + entries);
    }

    @Test
    void theReportFolderHoldsEachPageAndTheRegisterWithTheirAnchors(@TempDir Path folder) throws Exception {
        ReferencePages.copyInto(folder);
        DocumentedError row = DocumentedError.find("CreateAggregator", "2020-09-07", "AggregatorNameDuplicated")
                .orElseThrow();
        String page = Files.readString(folder.resolve("pages/" + row.page() + ".html"));
        Matcher line = Pattern.compile("<div class=\"line\" id=\"L" + ReferencePages.line(row).getAsInt()
                + "\">(.*?)</div>").matcher(page);
        assertTrue(line.find() && line.group(1).contains("AggregatorNameDuplicated"), page.length() + " characters");
        assertTrue(Files.size(folder.resolve("api-reference/" + row.page() + ".txt")) > 1000);
        String register = Files.readString(folder.resolve("pages/ERRATA.html"));
        Matcher entry = Pattern.compile("<span id=\"A22\"></span>\\| A22 \\|").matcher(register);
        assertTrue(entry.find(), "the register's entry A22 is its own anchor");
        assertFalse(register.contains("<script"), "the register's text is not markup");
    }

    private static List<String> pageLines(String page) {
        try (var in = ReferencePages.class.getClassLoader().getResourceAsStream(ReferencePages.link(page))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
