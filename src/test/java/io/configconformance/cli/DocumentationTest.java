package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README is a page a newcomer finishes (the two commands, a short tour, links) and every page of docs/ is one link
 * away from it; no relative link in the README or in docs/ leads to a file or a heading that is not there.
 */
class DocumentationTest {

    private static final Path README = Path.of("README.md");
    private static final Path DOCS = Path.of("docs");
    /** A Markdown link: its file (empty for the page itself) and its anchor, if any; a title is ignored. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]*)(?:#([^)\\s]*))?(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} +(.+?) *$");

    private record Link(String file, String anchor) {
    }

    private static List<Path> docsPages() throws IOException {
        try (Stream<Path> pages = Files.list(DOCS)) {
            return pages.filter(page -> page.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    private static List<Link> relativeLinks(Path page) throws IOException {
        Matcher links = LINK.matcher(Files.readString(page));
        List<Link> targets = new ArrayList<>();
        while (links.find()) {
            String file = links.group(1);
            if (!file.matches("[a-z][a-z0-9+.-]*:.*") && (!file.isEmpty() || links.group(2) != null)) {
                targets.add(new Link(file, links.group(2)));
            }
        }
        return targets;
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static List<String> anchors(Path page) throws IOException {
        return HEADING.matcher(Files.readString(page)).results()
                .map(heading -> heading.group(1).toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .toList();
    }

    @Test
    void theReadmeIsShortAndKeepsBothCommands() throws IOException {
        List<String> lines = Files.readAllLines(README);
        assertTrue(lines.size() <= 160, "README.md has " + lines.size() + " lines; the rest belongs in docs/");
        String readme = Files.readString(README);
        String suite = "mvn -B -q package -DskipTests && java -jar target/config-conformance.jar run";
        assertTrue(readme.contains("```sh\n" + suite + "\n```"), "the README's command that runs the suite");
        assertTrue(readme.contains("```sh\nscripts/test.sh\n```"), "the README's command that runs the tests");
    }

    @Test
    void everyDocsPageIsLinkedFromTheReadme() throws IOException {
        List<String> linked = relativeLinks(README).stream().map(link -> Path.of(link.file()).normalize().toString())
                .toList();
        List<Path> unlinked = docsPages().stream().filter(page -> !linked.contains(page.toString())).toList();
        assertTrue(unlinked.isEmpty(), "README.md links no page " + unlinked);
    }

    @Test
    void everyRelativeLinkLeadsToAFileAndHeading() throws IOException {
        List<Path> pages = new ArrayList<>(docsPages());
        pages.add(README);
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            for (Link link : relativeLinks(page)) {
                Path resolved = link.file().isEmpty() ? page : page.resolveSibling(link.file()).normalize();
                boolean anchored = link.anchor() == null || !resolved.toString().endsWith(".md")
                        || Files.exists(resolved) && anchors(resolved).contains(link.anchor());
                if (!Files.exists(resolved) || !anchored) {
                    broken.add(page + " -> " + link.file() + (link.anchor() == null ? "" : "#" + link.anchor()));
                }
            }
        }
        assertTrue(broken.isEmpty(), "links to no file or heading: " + broken);
    }
}
