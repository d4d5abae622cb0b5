package io.configconformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.configconformance.report.SentSecrets;
import io.configconformance.suite.Journal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a run left behind is printed with how to sweep it; the group IDs the service answered are data there. */
class SweepAdviceTest {

    private static final String SIGNATURE = "be3u0+Nkd96pWoObN4Um0vxeHU0=";

    @Test
    void aGroupIdTheServiceAnsweredIsPrintedAsOneMaskedLine() {
        SentSecrets secrets = new SentSecrets();
        secrets.keepRecent(SIGNATURE);
        Journal journal = Journal.inMemory();
        Journal.Entry group = journal.beginGroup(1005320983490000L, "conformance-left", "token-1");
        journal.created(group, "ca-0123\u001b[2J\nrun: nothing left behind " + SIGNATURE);
        StringWriter err = new StringWriter();
        SweepAdvice advice = new SweepAdvice("https://config.cn-shanghai.aliyuncs.com", null, null);

        assertEquals(1, advice.print(new PrintWriter(err), journal, Path.of("journal.jsonl"), secrets));

        assertEquals(List.of("run: left behind on the accounts (1):",
                "  account group conformance-left of account 1005320983490000 (ca-0123\\x1b[2J\\x0arun: nothing left"
                        + " behind ****)",
                "run: to undo them: java -jar config-conformance.jar sweep --endpoint"
                        + " https://config.cn-shanghai.aliyuncs.com --journal journal.jsonl"),
                err.toString().lines().toList());
    }

    @Test
    void nothingLeftPrintsNothing() {
        StringWriter err = new StringWriter();
        assertEquals(0, new SweepAdvice("http://127.0.0.1:1", null, null).print(new PrintWriter(err),
                Journal.inMemory(), Path.of("journal.jsonl"), new SentSecrets()));
        assertEquals("", err.toString());
    }
}
