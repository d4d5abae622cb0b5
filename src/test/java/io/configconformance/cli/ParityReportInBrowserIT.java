package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.configconformance.recording.Parity;
import io.configconformance.recording.ParityReport;
import io.configconformance.report.SentSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * parity.html as a reader opens it on a 1280 px screen: a report whose differences hold what makes a page wide (a
 * signed URL, a Recommend URL, an XML value and a scenario name without a space to break at) still fits the window
 * and its last column, "now", is within it. Headless Chromium lays the page out; a probe added to a copy of the page
 * reads the layout into the DOM it dumps.
 */
class ParityReportInBrowserIT {

    private static final Path REPORTS = Path.of("target", "it-reports", "parity-browser");
    private static final String PROBE = "<script>const now=[...document.querySelectorAll('th')].find(t=>t.textContent"
            + "==='now');document.body.setAttribute('data-layout',document.documentElement.scrollWidth+' '"
            + "+Math.ceil(now.getBoundingClientRect().right));</script></body>";
    private static final Pattern LAYOUT = Pattern.compile("data-layout=\"(\\d+) (\\d+)\"");

    @Test
    void theReportFitsA1280PixelScreenWithItsNowColumnInView() throws Exception {
        String chromium = Chromium.find();
        String recommend = "https://api.aliyun.com/troubleshoot?q=InvalidParameter.AggregatorAccounts&product=Config"
                + "&requestId=" + "0123456789ABCDEF".repeat(6);
        String signedUrl = "http://127.0.0.1:1/?Action=CreateAggregator&Signature=****&AggregatorAccounts="
                + "%5B%7B%22AccountId%22%3A%22123456789012%22%2C%22AccountType%22%3A%22ResourceDirectory%22%7D%5D"
                .repeat(3);
        String scenario = "features/aggregators/create_aggregator.feature:"
                + "a_scenario_name_without_spaces_".repeat(4);
        String exchange = "CreateAggregator 2020-09-07 (XML, ACS3-HMAC-SHA256) #2";
        Parity.Difference code = new Parity.Difference(scenario, exchange, "/Code",
                "string \"InvalidParameter.AggregatorAccounts\"", "string \"Invalid.AggregatorAccounts\"");
        List<Parity.Difference> differences = List.of(code,
                new Parity.Difference(scenario, exchange, "/Recommend", "string \"" + recommend + "\"",
                        "string \"" + recommend.replace("InvalidParameter.", "Invalid.") + "\"", "/Code"),
                new Parity.Difference(scenario, exchange, "/Message", "string \"" + signedUrl + "\"", "(absent)"),
                new Parity.Difference(scenario, exchange, "/Error/HostId", "text \"" + "x".repeat(400) + "\"",
                        "text \"" + "y".repeat(400) + "\""));
        Parity.ScenarioResult result = new Parity.ScenarioResult(scenario, scenario, Parity.Verdict.DIFFERS,
                List.of(new Parity.ExchangeResult("CreateAggregator 2020-09-07", Parity.Verdict.DIFFERS)),
                differences);
        new ParityReport(List.of(result), REPORTS.resolve("baseline-" + "0".repeat(200)).toString(), signedUrl,
                Instant.now()).write(REPORTS, new SentSecrets());
        String page = Files.readString(REPORTS.resolve("parity.html"));
        assertTrue(page.contains("follows from /Code"), "the Recommend is folded under its Code: " + page);
        Path probed = REPORTS.resolve("parity-layout-probe.html");
        Files.writeString(probed, page.replace("</body>", PROBE));
        String dom = Chromium.run(chromium, "--window-size=1280,900", "--hide-scrollbars", "--dump-dom",
                probed.toAbsolutePath().toUri().toString());
        Matcher layout = LAYOUT.matcher(dom);
        assertTrue(layout.find(), "the probe ran: " + dom);
        int scrollWidth = Integer.parseInt(layout.group(1));
        int nowRight = Integer.parseInt(layout.group(2));
        assertTrue(scrollWidth <= 1280, "the page is " + scrollWidth + " px wide on a 1280 px screen");
        assertTrue(nowRight <= 1280, "the \"now\" column ends at " + nowRight + " px, off a 1280 px screen");
    }
}
