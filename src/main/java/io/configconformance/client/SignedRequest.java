package io.configconformance.client;

import java.util.Map;

/**
 * A request as {@link Signer} builds it, ready for the wire: method, path with query, headers, body ({@code null}
 * when there is none). Its parts are the signer's and are not changed after signing.
 */
public record SignedRequest(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
}
