package io.configconformance.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.configconformance.client.ApiResponse;
import io.cucumber.java.en.Then;
import java.util.Locale;

/**
 * The media type of an answer, where a page shows it: page 003's sample answers start with
 * {@code Content-Type:application/json} and {@code Content-Type:application/xml}. Parameters such as a charset are
 * the transport's and are not compared.
 */
public final class MediaTypeSteps {

    private final Calls calls;
    private final Judge judge;

    public MediaTypeSteps(Calls calls, Judge judge) {
        this.calls = calls;
        this.judge = judge;
    }

    @Then("the answer's Content-Type is {word}")
    public void theMediaTypeIs(String expected) {
        ApiResponse response = calls.lastResponse();
        judge.that(() -> {
            String header = response.header("Content-Type").orElse("(no Content-Type)");
            assertEquals(expected, header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT),
                    () -> response.describe() + ": Content-Type " + header);
        });
    }
}
