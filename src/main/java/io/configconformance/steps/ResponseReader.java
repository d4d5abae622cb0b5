package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** Reads fields of the scenario's last response the same way in JSON and XML, with messages that say what came back. */
public final class ResponseReader {

    private final Calls calls;

    public ResponseReader(Calls calls) {
        this.calls = calls;
    }

    public List<String> all(String path) {
        return calls.lastFields().values(path);
    }

    /** The values at the path, or none when the body cannot be read: for bookkeeping, never for judging. */
    public List<String> allIfReadable(String path) {
        try {
            return all(path);
        } catch (IllegalArgumentException unreadable) {
            return List.of();
        }
    }

    /** The one value at the path; fails naming the field when it is missing or repeated. */
    public String single(String path) {
        List<String> values = all(path);
        assertEquals(1, values.size(), describe(path, "exactly one value", values));
        return values.get(0);
    }

    /** Fails, naming the field, what was expected and every value that came back, unless the one value is expected. */
    public void assertSingle(String path, String expected) {
        assertEquals(expected, single(path), () -> describe(path, expected, all(path)));
    }

    public String describe(String path, String expected, Object actual) {
        return calls.lastResponse().describe() + ": " + path + ": expected " + expected + ", got " + actual;
    }
}
