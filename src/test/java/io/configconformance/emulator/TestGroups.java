package io.configconformance.emulator;

import io.configconformance.client.AggregatorRequest;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** Account-group requests for the emulator's own tests: a described group, and members as the Java SDK sends them. */
final class TestGroups {

    private TestGroups() {
    }

    static AggregatorRequest group(String name, String type) {
        return AggregatorRequest.create(name, type).withDescription("Test account group");
    }

    static String accounts(long... ids) {
        return LongStream.of(ids).mapToObj(id -> "{\"AccountId\":" + id
                        + ",\"AccountName\":\"m" + id + "\",\"AccountType\":\"ResourceDirectory\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
