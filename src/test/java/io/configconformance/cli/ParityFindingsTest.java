package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.configconformance.recording.Parity;
import io.configconformance.recording.ParityReport;
import io.configconformance.report.SentSecrets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What parity prints of its findings quotes the endpoint as data: masked, one line, no control sequence. */
class ParityFindingsTest {

    private static final String TOKEN = "CAIS-security-token-the-run-sent-0123456789";
    private static final String SIGNATURE = "be3u0+Nkd96pWoObN4Um0vxeHU0=";

    @Test
    void aDifferenceThatEchoesASentSecretOrAControlSequenceIsPrintedAsMaskedData() {
        SentSecrets secrets = new SentSecrets();
        secrets.keep(TOKEN);
        secrets.keepRecent(SIGNATURE);
        Parity.Difference code = new Parity.Difference("CreateAggregator · NoPermission (JSON)", "CreateAggregator",
                "/Code", "NoPermission", "Denied\u001b[2J\nparity: 0 differences " + TOKEN);
        Parity.Difference recommend = new Parity.Difference("CreateAggregator · NoPermission (JSON)", "CreateAggregator",
                "/Recommend", "https://next.api.aliyun.com/troubleshoot?q=NoPermission",
                "https://next.api.aliyun.com/troubleshoot?q=" + SIGNATURE, "/Code");
        ParityReport report = new ParityReport(List.of(
                new Parity.ScenarioResult("s1", "CreateAggregator · NoPermission (JSON)", Parity.Verdict.DIFFERS,
                        List.of(), List.of(code, recommend)),
                new Parity.ScenarioResult("s2 \u202eevil", "s2", Parity.Verdict.NOT_COMPARED, List.of(), List.of())),
                "baseline", "http://127.0.0.1:1", Instant.EPOCH);

        assertEquals(List.of(
                "DIFFERS CreateAggregator · NoPermission (JSON) · CreateAggregator: /Code: recorded NoPermission, now"
                        + " Denied\\x1b[2J\\x0aparity: 0 differences ****",
                "  follows from /Code: /Recommend: recorded https://next.api.aliyun.com/troubleshoot?q=NoPermission,"
                        + " now https://next.api.aliyun.com/troubleshoot?q=****",
                "NOT COMPARED s2 \\u202eevil (the run did not record it)"),
                ParityCommand.findings(report, secrets));
    }
}
