package io.configconformance;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every feature under features/ through the Cucumber engine as part of the project's tests, against the
 * endpoint named by {@code -Dconformance.endpoint} (the embedded emulator by default, or an emulator at a URL; a real
 * endpoint is refused here, since only {@code config-conformance.jar run} has the guards it needs). Settings, glue and
 * report paths come from junit-platform.properties, shared with {@code config-conformance.jar run}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
class ConformanceSuiteTest {
}
