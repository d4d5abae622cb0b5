package io.configconformance.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How a run treats the endpoint: whether scenarios that change account state may run on a real endpoint, where role
 * credentials are, the network timeouts, the resource wait and the rate. {@code config-conformance.jar run} builds them
 * from its command line; the Maven route reads them from system properties given with -D ({@link #current()}).
 */
public record RunOptions(boolean allowMutating, Optional<Path> credentialsFile, Optional<String> aliyunProfiles,
                         Duration connectTimeout, Duration readTimeout, Duration resourceWait, int maxRate) {

    public static final String ALLOW_MUTATING = "conformance.allowMutating";
    public static final String CREDENTIALS = "conformance.credentials";
    public static final String ALIYUN_PROFILES = "conformance.aliyunProfiles";
    public static final String CONNECT_TIMEOUT = "conformance.connectTimeoutSeconds";
    public static final String READ_TIMEOUT = "conformance.readTimeoutSeconds";
    public static final String RESOURCE_WAIT = "conformance.resourceWaitSeconds";
    public static final String MAX_RATE = "conformance.maxRate";

    /** Options without pacing (sweep, tests of the account sources). */
    public RunOptions(boolean allowMutating, Optional<Path> credentialsFile, Optional<String> aliyunProfiles,
                      Duration connectTimeout, Duration readTimeout, Duration resourceWait) {
        this(allowMutating, credentialsFile, aliyunProfiles, connectTimeout, readTimeout, resourceWait, 0);
    }

    public static RunOptions current() {
        return new RunOptions(Boolean.parseBoolean(System.getProperty(ALLOW_MUTATING, "false")),
                Optional.ofNullable(System.getProperty(CREDENTIALS)).filter(v -> !v.isBlank()).map(Path::of),
                Optional.ofNullable(System.getProperty(ALIYUN_PROFILES)).filter(v -> !v.isBlank()),
                seconds(CONNECT_TIMEOUT, 5, 600), seconds(READ_TIMEOUT, 20, 600), seconds(RESOURCE_WAIT, 300, 3600),
                maxRateProperty());
    }

    /** Requests per second per account, 0 for no pacing. */
    private static int maxRateProperty() {
        String value = System.getProperty(MAX_RATE, "0");
        try {
            int rate = Integer.parseInt(value.trim());
            if (rate < 0 || rate > 10_000) {
                throw new NumberFormatException();
            }
            return rate;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_RATE + " must be requests per second from 0 (none) to 10000, got '"
                    + value + "'");
        }
    }

    private static Duration seconds(String property, long fallback, long most) {
        String value = System.getProperty(property);
        try {
            long seconds = value == null ? fallback : Long.parseLong(value.trim());
            if (seconds < 1 || seconds > most) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a number of seconds from 1 to " + most + ", got '"
                    + value + "'");
        }
    }
}
