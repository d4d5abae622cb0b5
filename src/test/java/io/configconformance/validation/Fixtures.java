package io.configconformance.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Test fixtures from src/test/resources and ways to look at the violations they produce. */
final class Fixtures {

    static final String V2019 = "2019-01-08";
    static final String V2020 = "2020-09-07";
    static final String START = "StartConfigurationRecorder";
    static final String PUT_RECORDER = "PutConfigurationRecorder";
    static final String DESCRIBE_RECORDER = "DescribeConfigurationRecorder";
    static final String GET_RECORDER = "GetConfigurationRecorder";
    static final String CREATE_AGGREGATOR = "CreateAggregator";
    static final String UPDATE_AGGREGATOR = "UpdateAggregator";
    static final String GET_AGGREGATOR = "GetAggregator";
    static final String LIST_AGGREGATORS = "ListAggregators";
    static final String DELETE_AGGREGATORS = "DeleteAggregators";

    private Fixtures() {
    }

    static String read(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> locations(List<Violation> violations) {
        return violations.stream().map(Violation::location).collect(Collectors.toSet());
    }

    /** XML locations without their line:column, which would tie the tests to the fixture's layout. */
    static Set<String> elementPaths(List<Violation> violations) {
        return violations.stream().map(v -> v.location().replaceFirst("^\\d+:\\d+ ?", ""))
                .collect(Collectors.toSet());
    }

    static void assertViolation(List<Violation> violations, String location, String messagePart) {
        assertTrue(violations.stream().anyMatch(v -> v.location().equals(location) && v.message().contains(messagePart)),
                () -> "expected a violation at " + location + " mentioning '" + messagePart + "', got " + violations);
    }

    static void assertXmlViolation(List<Violation> violations, String elementPath, String messagePart) {
        assertTrue(violations.stream().anyMatch(v -> v.location().matches("\\d+:\\d+" + (elementPath.isEmpty() ? "" : " " + Pattern.quote(elementPath)))
                        && v.message().contains(messagePart)),
                () -> "expected a violation at " + elementPath + " mentioning '" + messagePart + "', got " + violations);
    }
}
