package io.configconformance.emulator.operations;

/**
 * What one operation does, as a one-method extension (WireMock's {@code ResponseDefinitionTransformerV2} is the
 * model): the call carries the state, so a handler has no fields and no constructor; the operation table says which
 * action and version it serves, who may call it and how its result is shown.
 *
 * @param <R> the handler's result, which the operation's {@link ResponseView} turns into the answer
 */
@FunctionalInterface
public interface Handler<R> {

    /** The call's result; a documented failure is thrown as {@link io.configconformance.emulator.gateway.ApiError}. */
    R handle(OperationCall call);
}
