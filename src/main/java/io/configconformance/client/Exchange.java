package io.configconformance.client;

/** A request and its response as text with secrets masked, attached to a failing scenario. */
public record Exchange(String request, String response) {

    @Override
    public String toString() {
        return request + "\n\n" + response;
    }
}
