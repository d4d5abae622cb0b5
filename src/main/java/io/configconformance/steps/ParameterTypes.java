package io.configconformance.steps;

import io.configconformance.client.SignatureVersion;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import io.cucumber.java.ParameterType;

/** The protocol vocabulary of the features: API versions, response formats and signature versions. */
public final class ParameterTypes {

    @ParameterType("\\d{4}-\\d{2}-\\d{2}")
    public ApiVersion apiVersion(String value) {
        return ApiVersion.parse(value);
    }

    @ParameterType("JSON|XML")
    public ResponseFormat format(String value) {
        return ResponseFormat.valueOf(value);
    }

    /** Member accounts by their number in the scenario: "1", "1 and 2", "1, 2 and 3". */
    @ParameterType("\\d+(?:(?:, | and )\\d+)*")
    public java.util.List<Integer> memberList(String value) {
        return java.util.Arrays.stream(value.split(", | and ")).map(Integer::valueOf).toList();
    }

    @ParameterType("V1|V3")
    public SignatureVersion signature(String value) {
        return SignatureVersion.valueOf(value);
    }
}
