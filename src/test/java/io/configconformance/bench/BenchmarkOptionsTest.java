package io.configconformance.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.configconformance.cli.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Options the benchmark refuses before it measures anything. */
class BenchmarkOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"--suite-runs=0", "--suite-runs=26", "--sections=suite,speed"})
    void anOptionOutOfRangeIsBadUsage(String option) {
        assertEquals(2, Main.execute("benchmark", option, "--output", "target/benchmark/refused.md"));
    }
}
