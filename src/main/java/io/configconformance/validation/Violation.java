package io.configconformance.validation;

/**
 * One way a response body breaks its schema: where (a JSON Pointer, or line:column and element path for XML) and
 * what was expected versus what came back. {@code undocumented} marks a field the schema does not list at all: a
 * failure against the emulator, but only an observation against a real service, which may add fields.
 */
public record Violation(String location, String message, boolean undocumented) {

    public Violation(String location, String message) {
        this(location, message, false);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
