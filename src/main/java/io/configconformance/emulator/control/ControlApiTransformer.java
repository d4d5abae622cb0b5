package io.configconformance.emulator.control;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.ApiRequest;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.gateway.RequestIds;
import io.configconformance.emulator.gateway.ResponseRenderer;
import io.configconformance.emulator.operations.OperationTable;
import io.configconformance.emulator.state.KeptTooMany;
import io.configconformance.protocol.ResponseFormat;

/**
 * The emulator's control API under {@code /__emulator/}: what the suite and other teams' tests use to set the stage
 * over HTTP (accounts, folders, timings, faults, resources, reset), so that an emulator started elsewhere is driven
 * exactly like the embedded one. Answers are JSON; failures use the same envelope as the Cloud Config API. The
 * routes are declared in {@link ControlRoutes} and documented in docs/EMULATOR.md.
 */
public final class ControlApiTransformer implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "cloud-config-emulator-control";
    public static final String PREFIX = "/__emulator";

    private final EmulatorState state;
    private final ControlRoutes routes;
    private final ControlGuard guard;
    private final ResponseRenderer renderer = new ResponseRenderer();

    /**
     * @param bindAddress the address the emulator listens on (the control API answers only requests that name it)
     * @param token       the token every control request must carry, or null for none
     */
    public ControlApiTransformer(EmulatorState state, OperationTable operations, String bindAddress,
                                 String token) {
        this.state = state;
        this.routes = ControlRoutes.standard(operations);
        this.guard = new ControlGuard(bindAddress, token);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String[] pathAndQuery = request.getUrl().split("\\?", 2);
        String path = pathAndQuery[0].substring(PREFIX.length());
        String query = pathAndQuery.length > 1 ? pathAndQuery[1] : "";
        try {
            guard.check(request);
            ControlRoutes.Match route = routes.find(request.getMethod(), path).orElseThrow(() -> new ApiError(404,
                    "InvalidAction.NotFound", "The emulator control API has no " + request.getMethod().getName()
                    + " " + path + ". Routes: " + routes.summary() + "."));
            Object answer = route.task().execute(state, new ControlRequest(request, route.pathParameters(), query));
            return new ResponseDefinitionBuilder().withStatus(200)
                    .withHeader("Content-Type", ResponseFormat.JSON.contentType())
                    .withBody(ControlRequest.Json.MAPPER.writeValueAsBytes(answer)).build();
        } catch (ApiError | KeptTooMany refused) {
            ApiError error = refused instanceof KeptTooMany full ? Errors.keptTooMany(full.what(), full.limit())
                    : (ApiError) refused;
            String requestId = RequestIds.next();
            return renderer.error(error, ResponseFormat.JSON, requestId, ApiRequest.hostId(request)).toDefinition();
        }
    }
}
