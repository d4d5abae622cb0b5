package io.configconformance.emulator.operations;

import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.ConfigurationRecorder;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An authenticated, permitted call: the emulator it reaches (handed in, as WireMock hands {@code Admin} to its admin
 * tasks), who is calling, with which parameters, at what instant.
 */
public record OperationCall(EmulatorState state, Account account, Map<String, String> parameters, Instant now) {

    /** The caller's configuration recorder. */
    public ConfigurationRecorder recorder() {
        return state.recorders().of(account.accountId());
    }

    /** How long the caller's recorder deployments last. */
    public Duration recorderTransition() {
        return state.recorderTransition(account.accountId());
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** A parameter the page marks required; absent or empty is MissingParameter. */
    public String requiredParameter(String name) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw Errors.missingParameter(name);
        }
        return value;
    }

    /** The optional ClientToken: at most 64 ASCII characters (docs/api-reference/003, 004). */
    public Optional<String> clientToken() {
        Optional<String> token = parameter("ClientToken").filter(value -> !value.isEmpty());
        token.ifPresent(value -> {
            if (value.length() > 64 || !value.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                throw Errors.invalidParameter("ClientToken", "at most 64 printable ASCII characters");
            }
        });
        return token;
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
