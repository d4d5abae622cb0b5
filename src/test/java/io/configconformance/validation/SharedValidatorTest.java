package io.configconformance.validation;

import static io.configconformance.validation.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One validator of each kind is shared by parallel scenarios, so concurrent first use must give the same answers. */
class SharedValidatorTest {

    @Test
    void oneInstanceServesManyThreadsFromTheFirstCall() throws Exception {
        JsonSchemaValidator json = new JsonSchemaValidator();
        XmlSchemaValidator xml = new XmlSchemaValidator();
        String jsonSample = read("samples/2019-01-08_StartConfigurationRecorder.json");
        String xmlSample = read("samples/2019-01-08_StartConfigurationRecorder.xml");
        String jsonSchema = SchemaLocations.json(Fixtures.V2019, Fixtures.START);
        String xmlSchema = SchemaLocations.xml(Fixtures.V2019, Fixtures.START);

        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            calls.add(i % 2 == 0 ? () -> json.validate(jsonSchema, jsonSample).size()
                    : () -> xml.validate(xmlSchema, xmlSample).size());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Integer> result : pool.invokeAll(calls)) {
                assertEquals(2, result.get()); // errata E1 and E2, in either format
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
