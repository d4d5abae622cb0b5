package io.configconformance.client;

/**
 * How a request is signed (PROTOCOL.md): V1 puts HMAC-SHA1 common parameters in the query or the form body; V3 sends
 * action and version in headers with an ACS3-HMAC-SHA256 Authorization header.
 */
public enum SignatureVersion {
    V1,
    V3
}
