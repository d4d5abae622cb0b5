package io.configconformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * What a hostile service says stays data in every medium: rendered by a CommonMark parser with GitHub's tables, the
 * Markdown shows no image, link or HTML and keeps its table; the terminal line holds no control character; the text
 * every report writer gets encodes as UTF-8.
 */
class ServiceTextTest {

    /** What the probe sent: images, links, HTML, autolinks, escapes, a table break, a lone surrogate. */
    static final List<String> HOSTILE = List.of("![x](http://evil.example/pixel.png)", "<img src=x onerror=alert(1)>",
            "[link](http://evil.example/phish)", "<details open>", "http://evil.example/auto", "www.evil.example",
            "phish@evil.example", "<http://evil.example>", "[ref]\n\n[ref]: http://evil.example", "a | b \\| c \\",
            "\u001b[2J\u001b]0;title\u0007\u001b]8;;http://evil.example\u001b\\x\u0000", "Surr\ud800Code",
            "&lt;img src=x&gt; &#60;b&#62;", "# heading\n- item", "`code` **bold** _em_ ~~strike~~", "\u202eevil");

    private static final List<org.commonmark.Extension> TABLES = List.of(TablesExtension.create());
    private static final Parser GFM = Parser.builder().extensions(TABLES).build();

    @Test
    void markdownRendersNoImageLinkOrHtmlFromAServiceAndKeepsItsTable() {
        StringBuilder table = new StringBuilder("| scenario | reason |\n|---|---|\n");
        HOSTILE.forEach(text -> table.append("| s | ").append(ServiceText.markdown(text)).append(" |\n"));
        String html = HtmlRenderer.builder().extensions(TABLES).build().render(GFM.parse(table.toString()));
        for (String forbidden : List.of("<img", "<a ", "<details", "<b>", "<code", "<strong", "<em", "<h1",
                "<li", "\u001b", "\u0000")) {
            assertFalse(html.contains(forbidden), forbidden + " rendered from service text:\n" + html);
        }
        assertEquals(HOSTILE.size() + 1, html.split("<tr>", -1).length - 1, "one row per text, and the header:\n" + html);
        assertTrue(html.contains("!["), "the text is shown, not dropped: " + html);
    }

    @Test
    void aTerminalLineShowsControlCharactersAsTheirEscapes() {
        String line = ServiceText.terminal(HOSTILE.get(10) + "\n\u0085\u202e");
        assertEquals("\\x1b[2J\\x1b]0;title\\x07\\x1b]8;;http://evil.example\\x1b\\x\\x00\\x0a\\u0085\\u202e", line);
        assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f), line);
        assertEquals("plain text, a pair \ud83d\ude00 kept", ServiceText.terminal("plain text, a pair \ud83d\ude00 kept"));
    }

    @Test
    void everyReportGetsTextThatEncodesAsUtf8() throws CharacterCodingException {
        for (String text : HOSTILE) {
            String wellFormed = ServiceText.wellFormed(text);
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(wellFormed));
            assertTrue(bytes.remaining() > 0);
        }
        assertEquals("Surr\\ud800Code and \\udc00, lone; \t\n kept, \\x00 not", ServiceText.wellFormed(
                "Surr\ud800Code and \udc00, lone; \t\n kept, \u0000 not"));
        assertEquals("Surr\\ud800Code", Redactor.redactPatterns("Surr\ud800Code"), "what is masked is also well-formed");
    }
}
