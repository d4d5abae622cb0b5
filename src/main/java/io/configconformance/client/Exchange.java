package io.configconformance.client;

import io.configconformance.report.Redactor;
import io.configconformance.report.SentSecrets;
import java.util.function.Supplier;

/**
 * A request and its response as text with secrets masked, attached to a failing scenario. The text is put together
 * and masked when first asked for: most exchanges belong to passing scenarios and are never shown.
 */
public final class Exchange {

    private final Supplier<String> request;
    private final Supplier<String> response;
    private final SentSecrets secrets;
    private String maskedRequest;
    private String maskedResponse;

    /**
     * @param request the request as text, secrets included: masked before anyone can read it
     * @param secrets the secrets of the client's run (its transport's), the request's among them
     */
    Exchange(Supplier<String> request, Supplier<String> response, SentSecrets secrets) {
        this.request = request;
        this.response = response;
        this.secrets = secrets;
    }

    public synchronized String request() {
        if (maskedRequest == null) {
            maskedRequest = Redactor.redact(request.get(), secrets);
        }
        return maskedRequest;
    }

    public synchronized String response() {
        if (maskedResponse == null) {
            maskedResponse = Redactor.redact(response.get(), secrets);
        }
        return maskedResponse;
    }

    @Override
    public String toString() {
        return request() + "\n\n" + response();
    }
}
