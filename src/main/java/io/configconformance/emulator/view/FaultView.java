package io.configconformance.emulator.view;

import io.configconformance.emulator.state.Fault;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the control API shows an armed fault: the action, the code, the calls left, whose calls, the delay. */
public final class FaultView {

    private FaultView() {
    }

    public static Map<String, Object> of(Fault fault) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Action", fault.action());
        if (fault.code() != null) { // the control API writes JSON with Jackson, which would write null
            fields.put("Code", fault.code());
        }
        fields.put("Times", fault.times());
        if (fault.accountId() != null) {
            fields.put("AccountId", fault.accountId());
        }
        if (!fault.delay().isZero()) {
            fields.put("DelayMillis", fault.delay().toMillis());
        }
        return fields;
    }
}
