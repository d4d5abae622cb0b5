/**
 * The Cloud Config RPC endpoint: the WireMock extension that receives every API request and hands it, through the
 * gateway's checks, to the operation the operation table declares for its action and version.
 */
package io.configconformance.emulator.endpoint;
