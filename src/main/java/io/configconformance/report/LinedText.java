package io.configconformance.report;

import java.util.List;
import java.util.Map;

/**
 * A text (a reference page, the ERRATA register) as an HTML page of the report folder in which every line is an
 * anchor ({@code #L57}), so that a link lands on the statement it quotes rather than on the top of the page. The text
 * is escaped, never interpreted; the page loads nothing from outside the file and the line a link names is
 * highlighted. Lines that open an entry can carry the entry's own anchor too ({@code #A29}).
 */
final class LinedText {

    /** The folder of the report folder that holds the rendered pages. */
    static final String FOLDER = "pages";

    private static final String STYLE = "body{font-family:sans-serif;margin:0}"
            + ".line{font-family:monospace;white-space:pre-wrap;padding:0 6px 0 4.5em;text-indent:-4em}"
            + ".line>a.n{display:inline-block;width:3.5em;text-indent:0;color:#888;text-decoration:none}"
            + ".line:target,.line:has(:target){background:#ff9}";

    private LinedText() {
    }

    /** The link from the report folder to a line of a rendered page. */
    static String link(String name, int line) {
        return FOLDER + "/" + name + ".html#L" + line;
    }

    /** The page: a title, then each line of the text in a block of its own, numbered from 1, with its anchor. */
    static String html(String title, String text, Map<Integer, String> entries) {
        List<String> lines = text.lines().toList();
        StringBuilder out = new StringBuilder(text.length() * 2 + 512).append("<!DOCTYPE html><html><head>"
                + "<meta charset=\"utf-8\"><title>").append(Html.escape(title)).append("</title><style>")
                .append(STYLE).append("</style></head><body><h1>").append(Html.escape(title)).append("</h1>");
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            out.append("<div class=\"line\" id=\"L").append(number).append("\"><a class=\"n\" href=\"#L")
                    .append(number).append("\">").append(number).append("</a>");
            String entry = entries.get(number);
            if (entry != null) {
                out.append("<span id=\"").append(Html.escape(entry)).append("\"></span>");
            }
            out.append(Html.escape(ServiceText.wellFormed(lines.get(i)))).append("</div>\n");
        }
        return out.append("</body></html>").toString();
    }
}
