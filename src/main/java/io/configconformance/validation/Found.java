package io.configconformance.validation;

/** A violation before it is put in document order: where it is, by line and column, and what it says. */
record Found(int line, int column, String path, String message, boolean undocumented) {

    Violation violation() {
        return new Violation(line + ":" + column + path, message, undocumented);
    }
}
