package io.configconformance.emulator.operations;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.protocol.ApiVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The operations the emulator implements, looked up by action and version. */
public final class OperationRegistry {

    private final Map<String, Operation> operations;

    public OperationRegistry(List<Operation> operations) {
        this.operations = operations.stream().collect(Collectors.toUnmodifiableMap(
                op -> key(op.action(), op.version()), Function.identity()));
    }

    public static OperationRegistry standard(EmulatorState state) {
        return new OperationRegistry(List.of(
                new StartConfigurationRecorder2020(state),
                new StartConfigurationRecorder2019(state),
                new PutConfigurationRecorder2019(state),
                RecorderReader.describe2019(state),
                RecorderReader.get2020(state),
                new CreateAggregator(state),
                new UpdateAggregator(state),
                new GetAggregator(state),
                new ListAggregators(state),
                new DeleteAggregators(state)));
    }

    /** Every operation of an action, whatever its version. */
    public List<Operation> named(String action) {
        return operations.values().stream().filter(op -> op.action().equals(action)).toList();
    }

    public Optional<Operation> find(String action, ApiVersion version) {
        return Optional.ofNullable(operations.get(key(action, version)));
    }

    private static String key(String action, ApiVersion version) {
        return action + "@" + version.wireName();
    }
}
