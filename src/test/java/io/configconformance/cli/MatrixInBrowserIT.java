package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.suite.ChangingProxy;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML conformance matrix of a red morning, as a reader sees it: opened from the report folder in headless
 * Chromium, its filter script runs (the DOM Chromium dumps says so), what broke is the first table (before the
 * summary): the failure, then the DIFFERS, each with its page's row quoted, what the service answered (status, Code,
 * Message, RequestId), and links that land, in the browser, on the page's line, the ERRATA entry and the scenario in
 * cucumber.html; the Markdown matrix has the same rows in the same order; the screenshot
 * (target/browser/conformance-matrix.png) is a picture with the failed rows' colour in it. The run is against the
 * emulator behind a proxy that hides its control API (a real endpoint, so verdicts are graded) and changes two
 * answers: the first NoPermission to a StartConfigurationRecorder comes with 403 instead of the page's 400 (FAILED: a page row's status), the first
 * InvalidTimeStamp.Expired with 401 instead of 400 (DIFFERS: assumption A7).
 *
 * <p>Chromium is not optional: without it the test fails, saying how to install it (scripts/install-test-tools.sh).
 */
class MatrixInBrowserIT {

    /** The colour of a failed row (ConformanceMatrix's style: #fbb). */
    private static final int FAILED_ROW = 0xffbbbb;
    private static final Path REPORTS = Path.of("target", "it-reports", "browser");
    private static final Path SCREENSHOT = Path.of("target", "browser", "conformance-matrix.png");
    private static final Pattern ROW = Pattern.compile("(?s)<tr class=\"(failed|differs)\">(.*?)</tr>");

    private static String chromium;
    private static Path matrix;
    /** The matrix's DOM as Chromium left it once its script ran: one browser start for the tests that read it. */
    private static String matrixDom;

    @BeforeAll
    static void runWithAFailureAndADiffers() throws Exception {
        chromium = Chromium.find();
        AtomicBoolean noPermission = new AtomicBoolean();
        AtomicBoolean expired = new AtomicBoolean();
        try (ServiceStage service = new ServiceStage("browser", (request, response) -> {
            String body = response.getBodyAsString();
            // the start-up probe meets NoPermission too (the unauthorized account): the change waits for a start
            boolean start = (request.getUrl() + request.getBodyAsString()).contains("Action=StartConfigurationRecorder")
                    || "StartConfigurationRecorder".equals(request.getHeader("x-acs-action"));
            if (start && response.getStatus() == 400 && body.matches("(?s).*(\"Code\":\"|<Code>)NoPermission\\b.*")
                    && noPermission.compareAndSet(false, true)) {
                return ChangingProxy.replace(response, 403, body);
            }
            if (response.getStatus() == 400 && body.contains("InvalidTimeStamp.Expired")
                    && expired.compareAndSet(false, true)) {
                return ChangingProxy.replace(response, 401, body);
            }
            return response;
        })) {
            JarProcess.Result run = JarProcess.run(300, "run", "--endpoint", service.endpoint(), "--credentials",
                    service.roles().toString(), "--tags", "@NoPermission or @InvalidTimeStamp.Expired",
                    "--connect-timeout", "30", "--reports", REPORTS.toString());
            assertEquals(1, run.exitCode(), "NoPermission with 403 fails its scenario: " + run);
            assertTrue(run.stdout().contains(" 1 failed, ") && run.stdout().contains(", 1 differ."), run.toString());
        }
        matrix = REPORTS.resolve("conformance-matrix.html").toAbsolutePath();
        matrixDom = chromium("--dump-dom", matrix.toUri().toString());
    }

    @Test
    void theFilterScriptRunsAndWhatBrokeIsTheFirstTableThenTheSummary() {
        String dom = matrixDom;
        assertTrue(dom.contains("data-filters=\"ready\""), "the filter script ran: " + dom);
        assertTrue(dom.contains("43 of 43 rows shown"), "it counted the 43 documented error rows: " + dom);
        int firstTable = dom.indexOf("<table");
        int broke = dom.indexOf("<h2 id=\"what-broke\">What broke</h2>");
        int summary = dom.indexOf("<h2>Summary</h2>");
        assertTrue(broke > 0 && firstTable > broke && firstTable < summary
                && summary < dom.indexOf("<h2>Documented errors</h2>"), "what broke is the first table: " + dom);
        assertTrue(dom.contains("data-result=\"failed\""), "rows failed: " + dom);
    }

    @Test
    void theFirstTwoRowsAreTheFailureAndTheDiffersWithThePagesRowAndTheServicesAnswer() throws Exception {
        List<String> rows = brokenRows(matrixDom);
        assertEquals(2, rows.size(), "one failure and one DIFFERS: " + rows);
        String failed = rows.get(0);
        assertTrue(failed.startsWith("<td>FAILED</td>"), failed);
        assertTrue(failed.contains(">400 NoPermission: You are not authorized to perform this operation.</a>"), failed);
        assertTrue(failed.contains("HTTP status: 403</span>") && failed.contains("Code: NoPermission</span>")
                && failed.contains("Message: You are not authorized to perform this operation.</span>"), failed);
        assertTrue(failed.matches("(?s).*RequestId: [0-9A-F-]{16,}</span>.*"), "the RequestId: " + failed);
        String differs = rows.get(1);
        assertTrue(differs.startsWith("<td>DIFFERS</td>"), differs);
        assertTrue(differs.contains("HTTP status: 401</span>") && differs.contains("Code: InvalidTimeStamp.Expired")
                && differs.matches("(?s).*RequestId: [0-9A-F-]{16,}</span>.*"), differs);
        List<String> markdown = Files.readAllLines(REPORTS.resolve("conformance-matrix.md")).stream()
                .dropWhile(line -> !line.equals("## What broke")).filter(line -> line.startsWith("| FAILED")
                        || line.startsWith("| DIFFERS")).toList();
        assertEquals(2, markdown.size(), "the Markdown has the same rows: " + markdown);
        assertTrue(markdown.get(0).startsWith("| FAILED | [") && markdown.get(0).contains("Code NoPermission")
                && markdown.get(0).matches(".*\\]\\(pages/[0-9a-f_]+\\.html#L\\d+\\).*"), markdown.get(0));
        assertTrue(markdown.get(1).startsWith("| DIFFERS | [") && markdown.get(1).contains("Code InvalidTimeStamp.Expired")
                && markdown.get(1).contains("[A7](pages/ERRATA.html#A7)"), markdown.get(1));
    }

    @Test
    void eachLinkOfTheFirstRowsLandsOnWhatItNames() throws Exception {
        List<String> rows = brokenRows(matrixDom);
        String pageRow = href(rows.get(0), "page-row");
        assertTrue(pageRow.matches("pages/[0-9a-f_]+\\.html#L\\d+"), pageRow);
        assertTrue(target(pageRow).matches("(?s).*NoPermission\\s*\\|?\\s*You are not authorized to perform this"
                + " operation\\..*"), "the page's line holds the row: " + target(pageRow));
        String entry = href(rows.get(1), "entry");
        assertEquals("pages/ERRATA.html#A7", entry);
        assertTrue(target(entry).startsWith("| A7 | Gateway errors |"), "the register's entry: " + target(entry));
        String scenario = href(rows.get(1), "scenario");
        assertTrue(scenario.startsWith("cucumber.html?query=%40"), scenario);
        // What the report's script rendered, without the run's messages that the page embeds
        String cucumber = chromium("--virtual-time-budget=20000", "--dump-dom",
                REPORTS.toAbsolutePath().toUri() + scenario).replaceAll("(?s)<script.*?</script>", "");
        Matcher search = Pattern.compile("<input [^>]*name=\"query\"[^>]*value=\"(@[^\"]+)\"").matcher(cucumber);
        assertTrue(search.find(), "a search box with a tag expression");
        assertTrue(search.group(1).contains("@InvalidTimeStamp.Expired"), "it holds the scenario's tags: "
                + search.group(1));
        Matcher titles = Pattern.compile(">\\s*Scenario(?: Outline)?:\\s*<").matcher(cucumber);
        int shown = 0;
        while (titles.find()) {
            shown++;
        }
        assertEquals(1, shown, "cucumber.html shows that one scenario");
        assertTrue(cucumber.contains("InvalidTimeStamp.Expired: A request dated more than 15 minutes ago")
                && cucumber.contains("but was: &lt;401&gt;"), "with its result");
        assertFalse(cucumber.contains("but was: &lt;403&gt;"), "and not the failure's");
    }

    /** The cells of What broke's rows, in order, as the browser's DOM holds them. */
    private static List<String> brokenRows(String dom) {
        int start = dom.indexOf("<table id=\"broken\">");
        String table = dom.substring(start, dom.indexOf("</table>", start));
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            rows.add(row.group(2));
        }
        return rows;
    }

    private static String href(String row, String linkClass) {
        Matcher link = Pattern.compile("<a class=\"" + linkClass + "\" href=\"([^\"]+)\"").matcher(row);
        assertTrue(link.find(), linkClass + " link in " + row);
        return link.group(1).replace("&amp;", "&");
    }

    /**
     * The text of the line a link's fragment names, in the linked page as Chromium loaded it: the element with that id
     * is the line, or sits at the start of the line it opens.
     */
    private static String target(String link) throws IOException, InterruptedException {
        String file = link.substring(0, link.indexOf('#'));
        String id = link.substring(link.indexOf('#') + 1);
        String dom = chromium("--dump-dom", REPORTS.resolve(file).toAbsolutePath().toUri() + "#" + id);
        Matcher line = Pattern.compile("<div class=\"line\" id=\"(L\\d+)\"><a class=\"n\" href=\"#\\1\">\\d+</a>"
                + "(<span id=\"([^\"]+)\"></span>)?(.*?)</div>").matcher(dom);
        while (line.find()) {
            if (line.group(1).equals(id) || id.equals(line.group(3))) {
                return line.group(4).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            }
        }
        throw new AssertionError("no element " + id + " in " + file);
    }

    @Test
    void theScreenshotShowsTheFailedRowsOfTheSummaryAtTheTop() throws Exception {
        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);
        chromium("--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1280,900",
                "--hide-scrollbars", matrix.toUri().toString());
        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertTrue(image != null && image.getWidth() == 1280, "a PNG of the window: " + SCREENSHOT);
        Set<Integer> colours = new HashSet<>();
        int failedRowPixels = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                failedRowPixels += rgb == FAILED_ROW ? 1 : 0;
            }
        }
        assertTrue(colours.size() > 20, "not blank: " + colours.size() + " colours");
        assertTrue(failedRowPixels > 1000, "the failed rows of the summary show in the first screen: "
                + failedRowPixels + " pixels of #fbb");
    }

    private static String chromium(String... arguments) throws IOException, InterruptedException {
        return Chromium.run(chromium, arguments);
    }

    @AfterAll
    static void nothingLeftRunning() {
        ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").contains("chrom"))
                .forEach(ProcessHandle::destroyForcibly);
    }
}
