package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import io.configconformance.suite.ChangingProxy;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML conformance matrix of a run with failures, as a reader sees it: opened from the report folder in headless
 * Chromium, its filter script runs (the DOM Chromium dumps says so), what broke is the first table (before the
 * summary), each failure with its page's row, and the
 * screenshot (target/browser/conformance-matrix.png) is a picture with the failed rows' colour in it. The run is
 * against the emulator behind a proxy that answers NoPermission with 403 instead of the page's 400.
 *
 * <p>Chromium is not optional: without it the test fails, saying how to install it (scripts/install-test-tools.sh).
 */
class MatrixInBrowserIT {

    /** The colour of a failed row (ConformanceMatrix's style: #fbb). */
    private static final int FAILED_ROW = 0xffbbbb;
    private static final Path REPORTS = Path.of("target", "it-reports", "browser");
    private static final Path SCREENSHOT = Path.of("target", "browser", "conformance-matrix.png");

    private static String chromium;
    private static Path matrix;

    @BeforeAll
    static void runWithFailures() throws Exception {
        chromium = Chromium.find();
        try (Emulator emulator = new Emulator(EmulatorSettings.loopback(0)).start()) {
            WireMockServer proxy = ChangingProxy.start(emulator.baseUri(), (request, response) ->
                    response.getStatus() == 400 && response.getBodyAsString().contains("NoPermission")
                            ? ChangingProxy.replace(response, 403, response.getBodyAsString()) : response, true);
            try {
                JarProcess.Result run = JarProcess.run(300, "run", "--endpoint", "http://127.0.0.1:" + proxy.port(),
                        "--tags", "@error", "--connect-timeout", "30", "--reports", REPORTS.toString());
                assertEquals(1, run.exitCode(), "NoPermission with 403 fails its scenarios: " + run);
            } finally {
                proxy.stop();
            }
        }
        matrix = REPORTS.resolve("conformance-matrix.html").toAbsolutePath();
    }

    @Test
    void theFilterScriptRunsAndWhatBrokeIsTheFirstTableThenTheSummary() throws Exception {
        String dom = chromium("--dump-dom", matrix.toUri().toString());
        assertTrue(dom.contains("data-filters=\"ready\""), "the filter script ran: " + dom);
        assertTrue(dom.contains("43 of 43 rows shown"), "it counted the 43 documented error rows: " + dom);
        int firstTable = dom.indexOf("<table");
        int broke = dom.indexOf("<h2 id=\"what-broke\">What broke</h2>");
        int summary = dom.indexOf("<h2>Summary</h2>");
        assertTrue(broke > 0 && firstTable > broke && firstTable < summary
                && summary < dom.indexOf("<h2>Documented errors</h2>"), "what broke is the first table: " + dom);
        String firstRows = dom.substring(firstTable, dom.indexOf("</table>", firstTable));
        assertTrue(firstRows.contains("<td>FAILED</td>") && !firstRows.contains("<td>PASSED</td>")
                && firstRows.contains(">400 NoPermission: "), "the failures, each with its page's row: " + firstRows);
        assertTrue(dom.contains("data-result=\"failed\""), "rows failed: " + dom);
        Path page = REPORTS.resolve(dom.replaceAll("(?s).*?<a href=\"(api-reference/[^\"]+)\".*", "$1"));
        assertTrue(Files.size(page) > 1000, "a page link leads to the page copied beside the reports: " + page);
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
