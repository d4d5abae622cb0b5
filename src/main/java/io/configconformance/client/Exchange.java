package io.configconformance.client;

import io.configconformance.report.Redactor;
import java.util.function.Supplier;

/**
 * A request and its response as text with secrets masked, attached to a failing scenario. The text is put together
 * and masked when first asked for: most exchanges belong to passing scenarios and are never shown.
 */
public final class Exchange {

    private final Supplier<String> request;
    private final Supplier<String> response;
    private String maskedRequest;
    private String maskedResponse;

    /** @param request the request as text, secrets included: masked before anyone can read it */
    Exchange(Supplier<String> request, Supplier<String> response) {
        this.request = request;
        this.response = response;
    }

    public synchronized String request() {
        if (maskedRequest == null) {
            maskedRequest = Redactor.redact(request.get());
        }
        return maskedRequest;
    }

    public synchronized String response() {
        if (maskedResponse == null) {
            maskedResponse = Redactor.redact(response.get());
        }
        return maskedResponse;
    }

    @Override
    public String toString() {
        return request() + "\n\n" + response();
    }
}
