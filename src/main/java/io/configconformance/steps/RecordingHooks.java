package io.configconformance.steps;

import io.configconformance.recording.RecordingFiles;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/**
 * Tells the recorder where a scenario begins and ends: first of all hooks and last of all, so that its recording
 * holds every exchange, the cleanup's included.
 */
public final class RecordingHooks {

    private final ConformanceWorld world;

    public RecordingHooks(ConformanceWorld world) {
        this.world = world;
    }

    @Before(order = Integer.MIN_VALUE)
    public void scenarioStarts(Scenario scenario) {
        world.run().recorder().scenarioStarted(RecordingFiles.scenarioId(scenario.getUri().toString(), scenario.getName()),
                scenario.getUri().toString(), scenario.getName(), world.onEmulator());
    }

    @After(order = Integer.MIN_VALUE)
    public void scenarioEnds() {
        world.run().recorder().scenarioEnded();
    }
}
