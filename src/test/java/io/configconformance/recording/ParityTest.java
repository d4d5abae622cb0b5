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

    private static ObjectNode recording(String exchanges) {
        return (ObjectNode) RecordingFiles.JSON.readTree("{\"scenario\":\"s\",\"exchanges\":[" + exchanges + "]}");
    }
}
