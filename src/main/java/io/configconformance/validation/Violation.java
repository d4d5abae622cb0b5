package io.configconformance.validation;

/**
 * One way a response body breaks its schema: where (a JSON Pointer, or line:column and element path for XML) and
 * what was expected versus what came back.
 */
public record Violation(String location, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
