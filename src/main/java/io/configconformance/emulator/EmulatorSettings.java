package io.configconformance.emulator;

import java.time.Duration;

/**
 * How an emulator instance is started.
 *
 * @param host               the address to bind (loopback by default: the emulator holds credentials)
 * @param port               the port, 0 for any free port
 * @param recorderTransition how long BUILDING and REBUILDING last (short but non-zero, so ProcessIsRunning is reachable)
 * @param timestampTolerance how far a request's Timestamp may be from the emulator's clock
 * @param controlToken       the token the control API requires, or null: none on loopback, a random one printed at
 *                           start-up on any other address
 */
public record EmulatorSettings(String host, int port, Duration recorderTransition, Duration timestampTolerance,
                               String controlToken) {

    public EmulatorSettings(String host, int port, Duration recorderTransition, Duration timestampTolerance) {
        this(host, port, recorderTransition, timestampTolerance, null);
    }

    public static final Duration DEFAULT_TRANSITION = Timings.DEFAULT.recorderTransition();
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(15);

    public static EmulatorSettings loopback(int port) {
        return new EmulatorSettings("127.0.0.1", port, DEFAULT_TRANSITION, DEFAULT_TOLERANCE);
    }

    public EmulatorSettings withRecorderTransition(Duration transition) {
        return new EmulatorSettings(host, port, transition, timestampTolerance, controlToken);
    }

    public EmulatorSettings withControlToken(String token) {
        return new EmulatorSettings(host, port, recorderTransition, timestampTolerance, token);
    }
}
