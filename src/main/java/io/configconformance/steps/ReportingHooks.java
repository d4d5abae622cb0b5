package io.configconformance.steps;

import io.configconformance.client.Exchange;
import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;

/**
 * Attaches the last exchange, secrets masked, to a failed scenario, so the report shows what went over the wire; and
 * to every scenario, the calls it sent again because the service throttled them or their connection closed before
 * any byte of the answer.
 */
public final class ReportingHooks {

    private final Calls calls;

    public ReportingHooks(Calls calls) {
        this.calls = calls;
    }

    @After(order = 20)
    public void logResends(Scenario scenario) {
        for (String resend : calls.resends()) {
            scenario.log(resend);
        }
    }

    @After
    public void attachLastExchange(Scenario scenario) {
        Exchange exchange = calls.lastExchange();
        if (scenario.isFailed() && exchange != null) {
            scenario.attach(exchange.toString().getBytes(StandardCharsets.UTF_8), "text/plain", "last exchange");
        }
    }
}
