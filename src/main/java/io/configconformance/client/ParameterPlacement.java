package io.configconformance.client;

/** Where a V1 request carries its parameters: real clients use both (PROTOCOL.md, "What real clients send"). */
public enum ParameterPlacement {
    QUERY,
    FORM
}
