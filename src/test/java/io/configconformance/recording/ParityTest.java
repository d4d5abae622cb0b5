package io.configconformance.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Parity's comparison of two recordings: by field path, type and value, repeated requests paired in order. */
class ParityTest {

    @Test
    void aTypeChangeAMissingFieldAndAnXmlValueAreEachOneDifference() {
        ObjectNode baseline = recording("""
                {"request":{"action":"GetAggregator","parameters":{}},"response":{"status":200,"headers":{},
                 "body":{"RequestId":"{{RequestId-1}}","AccountId":"{{AccountId-1:number}}","Name":"a"}}},
                {"request":{"action":"GetAggregator","format":"XML","parameters":{}},"response":{"status":200,
                 "headers":{},"xml":["<R>","<Item><Id>1</Id></Item>","<Item><Id>2</Id></Item>","</R>"]}}""");
        ObjectNode run = recording("""
                {"request":{"action":"GetAggregator","parameters":{}},"response":{"status":200,"headers":{},
                 "body":{"RequestId":"{{RequestId-1}}","AccountId":"{{AccountId-1}}"}}},
                {"request":{"action":"GetAggregator","format":"XML","parameters":{}},"response":{"status":200,
                 "headers":{},"xml":["<R>","<Item><Id>1</Id></Item>","<Item><Id>3</Id></Item>","</R>"]}}""");
        List<Parity.ScenarioResult> results = Parity.compare(Map.of("s", baseline), Map.of("s", run));
        assertEquals(List.of("/AccountId: recorded number {{AccountId-1}}, now string \"{{AccountId-1}}\"",
                "/Name: recorded string \"a\", now (absent)",
                "/R/Item[2]/Id: recorded text \"2\", now text \"3\""),
                results.get(0).differences().stream().map(d -> d.path() + ": recorded " + d.recorded() + ", now "
                        + d.now()).toList());
        assertEquals(Parity.Verdict.DIFFERS, results.get(0).verdict());
    }

    @Test
    void aRequestTheBaselineNeverMadeIsNotRecorded() {
        ObjectNode baseline = recording("""
                {"request":{"action":"A","parameters":{}},"response":{"status":200,"headers":{}}}""");
        ObjectNode run = recording("""
                {"request":{"action":"A","parameters":{}},"response":{"status":200,"headers":{}}},
                {"request":{"action":"A","parameters":{}},"response":{"status":200,"headers":{}}}""");
        Parity.ScenarioResult result = Parity.compare(Map.of("s", baseline), new java.util.TreeMap<>(Map.of("s", run, "t", run)))
                .get(0);
        assertEquals(List.of(Parity.Verdict.SAME, Parity.Verdict.NOT_RECORDED),
                result.exchanges().stream().map(Parity.ExchangeResult::verdict).toList());
        assertEquals(Parity.Verdict.NOT_RECORDED, Parity.compare(Map.of(), Map.of("t", run)).get(0).verdict());
    }

    @Test
    void xmlWithAttributesAndNamespacesIsComparedByXmlsRules() {
        ObjectNode baseline = xml("<R xmlns:a=\\\"urn:x\\\" Lang=\\\"en\\\"><a:Id>1</a:Id><Name>n</Name>"
                + "<Item k=\\\"1\\\"/><Item k=\\\"2\\\"/></R>");
        ObjectNode sameInAnotherForm = xml("<R xmlns:b=\\\"urn:x\\\" Lang=\\\"en\\\"><Name>n</Name>"
                + "<b:Id>1</b:Id><Item k=\\\"1\\\"/><Item k=\\\"2\\\"/></R>");
        assertEquals(List.of(), Parity.compare(Map.of("s", baseline), Map.of("s", sameInAnotherForm)).get(0)
                .differences(), "another prefix for the same namespace, another order of differently named elements");
        ObjectNode changed = xml("<R xmlns:a=\\\"urn:y\\\" Lang=\\\"fr\\\"><a:Id>1</a:Id><Name>n</Name>"
                + "<Item k=\\\"2\\\"/><Item k=\\\"1\\\"/></R>");
        assertEquals(List.of("/R/@Lang: recorded attribute \"en\", now attribute \"fr\"",
                "/R/Id: recorded (absent), now element {urn:y}Id",
                "/R/Id: recorded element {urn:x}Id, now (absent)",
                "/R/Item/@k: recorded attribute \"1\", now attribute \"2\"",
                "/R/Item[2]/@k: recorded attribute \"2\", now attribute \"1\""),
                Parity.compare(Map.of("s", baseline), Map.of("s", changed)).get(0).differences().stream()
                        .map(d -> d.path() + ": recorded " + d.recorded() + ", now " + d.now()).sorted().toList(),
                "an attribute's value, a namespace and the order of a list's items");
    }

    @Test
    void aBaselineScenarioTheRunDidNotRecordIsNotCompared() {
        ObjectNode made = recording("""
                {"request":{"action":"A","parameters":{}},"response":{"status":200,"headers":{}}}""");
        List<Parity.ScenarioResult> results = Parity.compare(new java.util.TreeMap<>(Map.of("made", made,
                "skipped", made)), Map.of("made", made));
        assertEquals(List.of("made same", "skipped not compared"),
                results.stream().map(r -> r.id() + " " + r.verdict().text()).toList());
    }

    @Test
    void aRecommendUrlThatFollowsFromAChangedCodeIsFoldedUnderItAndNotCounted() {
        ObjectNode baseline = error("Invalid.AggregatorName", troubleshoot("Invalid.AggregatorName"));
        ObjectNode renamed = error("InvalidAggregatorName.Malformed", troubleshoot("InvalidAggregatorName.Malformed"));
        ParityReport report = new ParityReport(Parity.compare(Map.of("s", baseline), Map.of("s", renamed)),
                "base", "http://127.0.0.1:1", java.time.Instant.EPOCH);
        assertEquals(List.of("/Code"), report.differences().stream().map(Parity.Difference::path).toList(),
                "one renamed code is one difference");
        Parity.Difference code = report.differences().get(0);
        assertEquals(List.of("/Recommend (follows from /Code)"),
                report.consequences(code).stream().map(Parity.Difference::field).toList());
        assertTrue(report.totals().startsWith("parity: 1 differences; 1 scenarios: 0 same, 1 differ"),
                report.totals());
        String markdown = report.markdown();
        List<String> lines = markdown.lines().toList();
        int codeRow = lines.indexOf(lines.stream().filter(l -> l.contains("| /Code |")).findFirst().orElseThrow());
        assertTrue(lines.get(codeRow + 1).startsWith("|  |  | ↳ /Recommend (follows from /Code) |"),
                "the Recommend line is folded right under its Code: " + markdown);
        assertTrue(report.html().contains("<tr class=\"follows\"><td></td><td></td><td>↳ /Recommend (follows from"
                + " /Code)</td>"), report.html());
    }

    @Test
    void aRecommendThatChangedAloneOrOtherwiseThanItsCodeIsADifferenceOfItsOwn() {
        ObjectNode baseline = error("Invalid.AggregatorName", troubleshoot("Invalid.AggregatorName"));
        List<Parity.Difference> alone = Parity.compare(Map.of("s", baseline),
                Map.of("s", error("Invalid.AggregatorName", troubleshoot("Other.Code")))).get(0).differences();
        assertEquals(List.of("/Recommend"), alone.stream().map(Parity.Difference::field).toList());
        List<Parity.Difference> both = Parity.compare(Map.of("s", baseline), Map.of("s", error("Renamed.Code",
                troubleshoot("Renamed.Code").replace("product=Config", "product=Ecs")))).get(0).differences();
        assertEquals(List.of("/Code", "/Recommend"), both.stream().map(Parity.Difference::field).toList(),
                "a Recommend that changed more than its Code is its own difference");
    }

    @Test
    void anXmlErrorsRecommendFollowsFromItsCodeToo() {
        String before = "<Error><Code>Invalid.Name</Code><Recommend>https://api.aliyun.com/troubleshoot?q=Invalid.Name"
                + "&amp;product=Config</Recommend></Error>";
        List<Parity.Difference> differences = Parity.compare(Map.of("s", xml(before)),
                Map.of("s", xml(before.replace("Invalid.Name", "Malformed.Name")))).get(0).differences();
        assertEquals(List.of("/Error/Code", "/Error/Recommend (follows from /Error/Code)"),
                differences.stream().map(Parity.Difference::field).toList());
    }

    /** An error answer of CreateAggregator with this Code and Recommend. */
    private static ObjectNode error(String code, String recommend) {
        return recording("""
                {"request":{"action":"CreateAggregator","parameters":{}},"response":{"status":400,"headers":{},
                 "body":{"RequestId":"{{RequestId-1}}","Code":"%s","Message":"The name is invalid.",
                 "Recommend":"%s"}}}""".formatted(code, recommend));
    }

    /** The Recommend URL the service builds from an error's Code. */
    private static String troubleshoot(String code) {
        return "https://api.aliyun.com/troubleshoot?q=" + code + "&product=Config&requestId={{RequestId-1}}";
    }

    private static ObjectNode xml(String body) {
        return recording("{\"request\":{\"action\":\"A\",\"format\":\"XML\",\"parameters\":{}},\"response\":"
                + "{\"status\":200,\"headers\":{},\"xml\":[\"" + body + "\"]}}");
    }

    private static ObjectNode recording(String exchanges) {
        return (ObjectNode) RecordingFiles.JSON.readTree("{\"scenario\":\"s\",\"exchanges\":[" + exchanges + "]}");
    }
}
