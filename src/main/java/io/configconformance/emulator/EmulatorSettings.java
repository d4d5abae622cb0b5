package io.configconformance.emulator;

import java.time.Duration;

/**
 * How an emulator instance is started.
 *
 * @param host               the address to bind (loopback by default: the emulator holds credentials)
 * @param port               the port, 0 for any free port
 * @param recorderTransition how long BUILDING and REBUILDING last (short but non-zero, so ProcessIsRunning is reachable)
 * @param timestampTolerance how far a request's Timestamp may be from the emulator's clock
 * @param latency            added to every answer (zero by default)
 * @param rateLimit          requests per second one AccessKeyId may send before Throttling.User (0: no limit)
 * @param controlToken       the token the control API requires, or null: none on loopback, a random one printed at
 *                           start-up on any other address
 */
public record EmulatorSettings(String host, int port, Duration recorderTransition, Duration timestampTolerance,
                               Duration latency, int rateLimit, String controlToken) {

    public static final Duration DEFAULT_TRANSITION = Timings.DEFAULT.recorderTransition();
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(15);

    public EmulatorSettings(String host, int port, Duration recorderTransition, Duration timestampTolerance) {
        this(host, port, recorderTransition, timestampTolerance, Timings.DEFAULT.latency(),
                Timings.DEFAULT.rateLimit(), null);
    }

    public static EmulatorSettings loopback(int port) {
        return new EmulatorSettings("127.0.0.1", port, DEFAULT_TRANSITION, DEFAULT_TOLERANCE);
    }

    public EmulatorSettings withRecorderTransition(Duration transition) {
        return new EmulatorSettings(host, port, transition, timestampTolerance, latency, rateLimit, controlToken);
    }

    public EmulatorSettings withLatency(Duration value) {
        return new EmulatorSettings(host, port, recorderTransition, timestampTolerance, value, rateLimit, controlToken);
    }

    public EmulatorSettings withRateLimit(int value) {
        return new EmulatorSettings(host, port, recorderTransition, timestampTolerance, latency, value, controlToken);
    }

    public EmulatorSettings withControlToken(String token) {
        return new EmulatorSettings(host, port, recorderTransition, timestampTolerance, latency, rateLimit, token);
    }
}
