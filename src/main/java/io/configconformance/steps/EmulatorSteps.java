package io.configconformance.steps;

import io.cucumber.java.en.Given;

/**
 * Documented faults only the emulator's control API can inject into the acting account's next call; scenarios using
 * them are tagged @needs-fault-injection. (How long a deployment or a group creation lasts is held by the steps of a
 * @moment scenario themselves, on the emulator only.)
 */
public final class EmulatorSteps {

    private final ConformanceWorld world;

    public EmulatorSteps(ConformanceWorld world) {
        this.world = world;
    }

    @Given("the service fails the account's next {word} call with {word}")
    public void theNextCallFails(String action, String code) {
        world.control("@needs-fault-injection").injectFault(action, code, 1, world.account().accountId());
    }
}
