package io.configconformance.emulator.control;

import io.configconformance.emulator.EmulatorState;

/**
 * What one control-API route does, as WireMock's {@code AdminTask}: the state is handed in, the answer is a plain
 * value (maps and lists) that the transformer writes as JSON; documented failures are thrown as
 * {@link io.configconformance.emulator.gateway.ApiError}.
 */
@FunctionalInterface
interface ControlTask {

    Object execute(EmulatorState state, ControlRequest request);
}
