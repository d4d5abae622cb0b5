package io.configconformance.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    private static ObjectNode xml(String body) {
        return recording("{\"request\":{\"action\":\"A\",\"format\":\"XML\",\"parameters\":{}},\"response\":"
                + "{\"status\":200,\"headers\":{},\"xml\":[\"" + body + "\"]}}");
    }

    private static ObjectNode recording(String exchanges) {
        return (ObjectNode) RecordingFiles.JSON.readTree("{\"scenario\":\"s\",\"exchanges\":[" + exchanges + "]}");
    }
}
