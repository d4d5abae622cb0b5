package io.configconformance.steps;

import io.cucumber.java.en.Given;
import java.time.Duration;

/**
 * Conditions only the emulator's control API can set: how long deployments and group creation last for the acting
 * account, and documented faults for its next call. Scenarios using them are tagged @needs-emulator-control or
 * @needs-fault-injection.
 */
public final class EmulatorSteps {

    private static final String CONTROL = "@needs-emulator-control";

    private final ConformanceWorld world;

    public EmulatorSteps(ConformanceWorld world) {
        this.world = world;
    }

    @Given("deploying the account's recorder takes {int} second(s)")
    public void deployingTakes(int seconds) {
        world.control(CONTROL).setRecorderTransition(world.account().accountId(), Duration.ofSeconds(seconds));
        world.held(Duration.ofSeconds(seconds));
    }

    @Given("creating the account's account groups takes {int} second(s)")
    public void creatingGroupsTakes(int seconds) {
        world.control(CONTROL).setAggregatorCreation(world.account().accountId(), Duration.ofSeconds(seconds));
        world.held(Duration.ofSeconds(seconds));
    }

    @Given("the service fails the account's next {word} call with {word}")
    public void theNextCallFails(String action, String code) {
        world.control("@needs-fault-injection").injectFault(action, code, 1, world.account().accountId());
    }
}
