package io.configconformance;

import io.configconformance.suite.RunContext;
import org.junit.platform.suite.api.AfterSuite;
import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every feature under features/ through the Cucumber engine as part of the project's tests, against the
 * endpoint named by {@code -Dconformance.endpoint} (the embedded emulator by default, or an emulator at a URL; a real
 * endpoint is refused here, since only {@code config-conformance.jar run} has the guards it needs). Settings, glue and
 * report paths come from junit-platform.properties, shared with {@code config-conformance.jar run}. The suite is
 * the Maven route's run: it creates the run's context from the system properties and hands it to the glue.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
class ConformanceSuiteTest {

    private static RunContext run;

    @BeforeSuite
    static void startTheRun() {
        run = RunContext.fromSystemProperties();
        RunContext.handOff(run);
    }

    @AfterSuite
    static void endTheRun() {
        RunContext.handOff(null);
        run.close();
    }
}
