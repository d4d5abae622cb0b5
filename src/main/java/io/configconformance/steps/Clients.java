package io.configconformance.steps;

import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.HttpStats;
import io.configconformance.client.TestAccount;
import java.util.function.UnaryOperator;

/** Builds the scenario's clients: for an account, speaking as the scenario has chosen (version, format, signature). */
public final class Clients {

    private final ConformanceWorld world;

    public Clients(ConformanceWorld world) {
        this.world = world;
    }

    /** A client for the acting account as the scenario has configured it. */
    public ConfigClient acting() {
        return acting(UnaryOperator.identity());
    }

    /** A client for the acting account with one deliberate change (wrong secret, stale clock, ...). */
    public ConfigClient acting(UnaryOperator<ClientSettings> change) {
        return of(world.account(), change);
    }

    /** A client for the scenario's management account. */
    public ConfigClient management() {
        return of(world.management(), UnaryOperator.identity());
    }

    public ConfigClient of(TestAccount caller, UnaryOperator<ClientSettings> change) {
        ClientSettings settings = ClientSettings.defaults(world.endpoint().uri(), caller.source())
                .withVersion(world.version()).withFormat(world.format()).withSignature(world.signature())
                .withTimeouts(world.options().connectTimeout(), world.options().readTimeout())
                .withPacing(world.run().pacing());
        return new ConfigClient(change.apply(settings));
    }

    /** The run's statistics, where a deliberate pause between attempts counts as waiting. */
    HttpStats stats() {
        return world.run().stats();
    }
}
