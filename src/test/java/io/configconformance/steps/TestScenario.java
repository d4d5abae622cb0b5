package io.configconformance.steps;

import io.configconformance.client.TestAccount;
import io.configconformance.suite.RunContext;
import io.configconformance.suite.RunOptions;
import java.time.Duration;
import java.util.Optional;

/** The step classes of one scenario, as PicoContainer would make them, acting as (and managing with) an account. */
final class TestScenario {

    final ConformanceWorld world = new ConformanceWorld();
    final Judge judge = new Judge(true);
    final Clients clients = new Clients(world);
    final Calls calls = new Calls(clients, judge, new SchemaCheck(judge));
    final ResourceWaits waits = new ResourceWaits(world, calls, judge);
    final SetupCreates creates = new SetupCreates(calls, new ResponseReader(calls), judge);

    TestScenario(TestAccount account) {
        world.actAs(account);
        world.setManagement(account);
    }

    /** A run against {@code endpoint} whose resource wait is short, handed to the glue of the scenarios made next. */
    static RunContext run(String endpoint) {
        RunContext run = RunContext.of(endpoint, new RunOptions(false, Optional.empty(), Optional.empty(),
                Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(1), 0), false);
        RunContext.handOff(run);
        return run;
    }
}
