package io.configconformance.emulator.operations;

import static io.configconformance.emulator.gateway.Errors.AGGREGATOR_ID_INVALID;
import static io.configconformance.emulator.gateway.Errors.AGGREGATOR_MEMBER_NO_PERMISSION;
import static io.configconformance.emulator.gateway.Errors.CREATE_SLR_FAIL;
import static io.configconformance.emulator.gateway.Errors.ENTERPRISE_ALL_RESOURCE_TYPES;
import static io.configconformance.emulator.gateway.Errors.NO_PERMISSION_CREATE_AGGREGATOR;
import static io.configconformance.emulator.gateway.Errors.RD_ENABLE_CONFIG_ACCESS_FAIL;
import static io.configconformance.emulator.gateway.Errors.RD_MEMBER_NO_PERMISSION;
import static io.configconformance.emulator.gateway.Errors.SERVICE_UNAVAILABLE;
import static io.configconformance.emulator.operations.Permission.CONFIG_USERS;
import static io.configconformance.emulator.operations.Permission.managementOnly;
import static io.configconformance.emulator.operations.Permission.notMembers;
import static io.configconformance.protocol.Action.CREATE_AGGREGATOR;
import static io.configconformance.protocol.Action.DELETE_AGGREGATORS;
import static io.configconformance.protocol.Action.DESCRIBE_CONFIGURATION_RECORDER;
import static io.configconformance.protocol.Action.GET_AGGREGATOR;
import static io.configconformance.protocol.Action.GET_CONFIGURATION_RECORDER;
import static io.configconformance.protocol.Action.LIST_AGGREGATORS;
import static io.configconformance.protocol.Action.PUT_CONFIGURATION_RECORDER;
import static io.configconformance.protocol.Action.START_CONFIGURATION_RECORDER;
import static io.configconformance.protocol.Action.UPDATE_AGGREGATOR;
import static io.configconformance.protocol.ApiVersion.V2019_01_08;
import static io.configconformance.protocol.ApiVersion.V2020_09_07;

import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.view.AggregatorView;
import io.configconformance.emulator.view.RecorderView;
import io.configconformance.protocol.Action;
import io.configconformance.protocol.ApiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operations the emulator implements, one declaration each, as WireMock's {@code AdminRoutes} declares its
 * routes: action, version, who may call it (the page's error table), the faults its page documents, the handler and
 * the view of its answer. Adding an operation is one line here and one handler class.
 */
public final class OperationTable {

    /**
     * Every page documents ServiceUnavailable; the recorder pages add the failures of their side effects, and page 002
     * a row no call can reach without contradicting the page (A17), answered only when injected.
     */
    private static final List<ApiError> UNAVAILABLE = List.of(SERVICE_UNAVAILABLE);

    private final List<Operation<?>> operations = new ArrayList<>();

    public static OperationTable standard() {
        OperationTable table = new OperationTable();
        table.add(new Operation<>(START_CONFIGURATION_RECORDER, V2020_09_07, CONFIG_USERS,
                List.of(SERVICE_UNAVAILABLE, CREATE_SLR_FAIL),
                new StartConfigurationRecorder2020(), (recorder, call) -> RecorderView.status(recorder)));
        table.add(new Operation<>(START_CONFIGURATION_RECORDER, V2019_01_08, notMembers(RD_MEMBER_NO_PERMISSION),
                List.of(SERVICE_UNAVAILABLE, CREATE_SLR_FAIL, RD_ENABLE_CONFIG_ACCESS_FAIL,
                        ENTERPRISE_ALL_RESOURCE_TYPES),
                new StartConfigurationRecorder2019(),
                (recorder, call) -> RecorderView.enterprise(call.account(), recorder)));
        table.add(new Operation<>(PUT_CONFIGURATION_RECORDER, V2019_01_08, notMembers(RD_MEMBER_NO_PERMISSION),
                UNAVAILABLE,
                new PutConfigurationRecorder2019(),
                (recorder, call) -> RecorderView.selection(call.account(), recorder)));
        table.add(new Operation<>(DESCRIBE_CONFIGURATION_RECORDER, V2019_01_08, CONFIG_USERS, UNAVAILABLE,
                new DescribeConfigurationRecorder2019(),
                (recorder, call) -> RecorderView.enterprise(call.account(), recorder)));
        table.add(new Operation<>(GET_CONFIGURATION_RECORDER, V2020_09_07, CONFIG_USERS, UNAVAILABLE,
                new GetConfigurationRecorder2020(), (recorder, call) -> RecorderView.status(recorder)));
        table.add(new Operation<>(CREATE_AGGREGATOR, V2020_09_07, managementOnly(NO_PERMISSION_CREATE_AGGREGATOR),
                UNAVAILABLE, new CreateAggregator(), (id, call) -> AggregatorView.id(id)));
        table.add(new Operation<>(UPDATE_AGGREGATOR, V2020_09_07, notMembers(AGGREGATOR_MEMBER_NO_PERMISSION),
                UNAVAILABLE, new UpdateAggregator(), (id, call) -> AggregatorView.id(id)));
        // The API metadata documents no 403 for GetAggregator: a member's read is refused as an unknown group (A36).
        table.add(new Operation<>(GET_AGGREGATOR, V2020_09_07, notMembers(AGGREGATOR_ID_INVALID),
                UNAVAILABLE, new GetAggregator(),
                (group, call) -> AggregatorView.details(group, call.now(), call.state().recorders())));
        table.add(new Operation<>(LIST_AGGREGATORS, V2020_09_07, CONFIG_USERS, UNAVAILABLE,
                new ListAggregators(), (page, call) -> AggregatorView.page(page, call.now())));
        table.add(new Operation<>(DELETE_AGGREGATORS, V2020_09_07, notMembers(AGGREGATOR_MEMBER_NO_PERMISSION),
                UNAVAILABLE, new DeleteAggregators(), (deletions, call) -> AggregatorView.deletions(deletions)));
        return table;
    }

    private void add(Operation<?> operation) {
        if (find(operation.action(), operation.version()).isPresent()) {
            throw new IllegalArgumentException(operation.action() + " " + operation.version() + " is declared twice");
        }
        operations.add(operation);
    }

    public Optional<Operation<?>> find(Action action, ApiVersion version) {
        return operations.stream().filter(op -> op.action() == action && op.version() == version).findFirst();
    }

    /** The operation a request names; empty for an action or version the emulator does not implement. */
    public Optional<Operation<?>> find(String action, ApiVersion version) {
        return Action.fromWire(action).flatMap(known -> find(known, version));
    }

    /** Every operation of an action, whatever its version. */
    public List<Operation<?>> named(String action) {
        return operations.stream().filter(op -> op.action().wireName().equals(action)).toList();
    }

    /** The wire names of the actions a version speaks, sorted: the operations whose metadata facts the suite keeps. */
    public java.util.SortedSet<String> actionsOf(String version) {
        return operations.stream().filter(op -> op.version().wireName().equals(version))
                .map(op -> op.action().wireName())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The documented fault of this code in any version of the action: a fault is armed per action. */
    public Optional<ApiError> fault(Action action, String code) {
        return named(action.wireName()).stream().flatMap(op -> op.fault(code).stream()).findFirst();
    }
}
