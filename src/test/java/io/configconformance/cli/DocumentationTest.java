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
 * away from it; no relative link in the README or in docs/ leads nowhere.
 */
class DocumentationTest {

    private static final Path README = Path.of("README.md");
    private static final Path DOCS = Path.of("docs");
    /** A Markdown link's target, up to an anchor or a title; images included. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]*)(?:#[^)\\s]*)?(?:\\s+\"[^\"]*\")?\\)");

    private static List<Path> docsPages() throws IOException {
        try (Stream<Path> pages = Files.list(DOCS)) {
            return pages.filter(page -> page.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    private static List<String> relativeLinks(Path page) throws IOException {
        Matcher links = LINK.matcher(Files.readString(page));
        List<String> targets = new ArrayList<>();
        while (links.find()) {
            String target = links.group(1);
            if (!target.isEmpty() && !target.matches("[a-z][a-z0-9+.-]*:.*")) {
                targets.add(target);
            }
        }
        return targets;
    }

    @Test
    void theReadmeIsShortAndKeepsBothCommands() throws IOException {
        List<String> lines = Files.readAllLines(README);
        assertTrue(lines.size() <= 160, "README.md has " + lines.size() + " lines; the rest belongs in docs/");
        String readme = Files.readString(README);
        assertTrue(readme.contains("```sh\nmvn -B -q package -DskipTests && java -jar target/config-conformance.jar run\n```"),
                "the README's command that runs the suite");
        assertTrue(readme.contains("```sh\nscripts/test.sh\n```"), "the README's command that runs the tests");
    }

    @Test
    void everyDocsPageIsLinkedFromTheReadme() throws IOException {
        List<String> linked = relativeLinks(README).stream().map(target -> Path.of(target).normalize().toString())
                .toList();
        List<Path> unlinked = docsPages().stream().filter(page -> !linked.contains(page.toString())).toList();
        assertTrue(unlinked.isEmpty(), "README.md links no page " + unlinked);
    }

    @Test
    void everyRelativeLinkLeadsToAFile() throws IOException {
        List<Path> pages = new ArrayList<>(docsPages());
        pages.add(README);
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            for (String target : relativeLinks(page)) {
                Path resolved = page.resolveSibling(target).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(page + " -> " + target);
                }
            }
        }
        assertTrue(broken.isEmpty(), "links to nothing: " + broken);
    }
}
