package io.configconformance.emulator.view;

import io.configconformance.emulator.state.Fault;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the control API shows an armed fault: the action, the documented code, the calls left, whose calls. */
public final class FaultView {

    private FaultView() {
    }

    public static Map<String, Object> of(Fault fault) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Action", fault.action());
        fields.put("Code", fault.code());
        fields.put("Times", fault.times());
        if (fault.accountId() != null) { // the control API writes JSON with Jackson, which would write null
            fields.put("AccountId", fault.accountId());
        }
        return fields;
    }
}
