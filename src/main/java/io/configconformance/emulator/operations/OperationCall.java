package io.configconformance.emulator.operations;

import io.configconformance.emulator.protocol.Errors;
import io.configconformance.emulator.state.Account;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An authenticated call: who is calling, with which parameters, at what instant. */
public record OperationCall(Account account, Map<String, String> parameters, Instant now) {

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** An optional Boolean parameter; anything but true/false (any case) is InvalidParameter. */
    public Optional<Boolean> booleanParameter(String name) {
        return parameter(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Errors.invalidParameter(name, "expected true or false, got '" + value + "'");
        });
    }
}
