package io.configconformance.report;

/** One expectation the service did not meet, with the grade of what that expectation rests on. */
public record Miss(Grade grade, String message) {

    public Miss {
        message = message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** The miss as a verdict names it: the page's misses as they are, any other after the entries it rests on. */
    public String describe() {
        return grade.isPage() ? message : "the service differs from " + grade.describe() + ": " + message;
    }
}
