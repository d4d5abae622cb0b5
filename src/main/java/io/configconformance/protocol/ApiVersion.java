package io.configconformance.protocol;

import java.util.Arrays;
import java.util.Optional;

/** The Cloud Config API versions the reference pages cover (see docs/api-reference/README.md, "Version facts"). */
public enum ApiVersion {
    V2019_01_08("2019-01-08"),
    V2020_09_07("2020-09-07");

    private final String wireName;

    ApiVersion(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ApiVersion> fromWire(String value) {
        return Arrays.stream(values()).filter(v -> v.wireName.equals(value)).findFirst();
    }

    public static ApiVersion parse(String value) {
        return fromWire(value).orElseThrow(() -> new IllegalArgumentException(
                "unknown API version '" + value + "' (expected 2019-01-08 or 2020-09-07)"));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
