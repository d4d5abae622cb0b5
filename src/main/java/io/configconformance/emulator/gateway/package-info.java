/**
 * What Alibaba Cloud's API gateway does around every Cloud Config operation (PROTOCOL.md): parse the request and its
 * common parameters, authenticate the signature (V1, V3), and render the success and error envelopes with their
 * RequestId. The emulator's endpoints use it; it knows no operation.
 */
package io.configconformance.emulator.gateway;
