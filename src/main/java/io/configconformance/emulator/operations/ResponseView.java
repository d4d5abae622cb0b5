package io.configconformance.emulator.operations;

import java.util.Map;

/** How an operation's result is shown: the response fields after RequestId, in documented order. */
@FunctionalInterface
public interface ResponseView<R> {

    Map<String, Object> render(R result, OperationCall call);
}
