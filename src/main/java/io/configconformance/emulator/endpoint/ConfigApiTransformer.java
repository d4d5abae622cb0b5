package io.configconformance.emulator.endpoint;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.operations.Operation;
import io.configconformance.emulator.operations.OperationCall;
import io.configconformance.emulator.operations.OperationTable;
import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.ApiRequest;
import io.configconformance.emulator.gateway.Authenticator;
import io.configconformance.emulator.gateway.Errors;
import io.configconformance.emulator.gateway.RenderedResponse;
import io.configconformance.emulator.gateway.RequestIds;
import io.configconformance.emulator.gateway.ResponseRenderer;
import io.configconformance.emulator.state.Account;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Cloud Config RPC endpoint: every request that is not for the control API comes here. The order of checks
 * follows the gateway: parameters and format, action and version, signature, then the operation's permission rule,
 * then any injected fault, then the operation. Every failure leaves as the documented error envelope, never as a stack
 * trace.
 */
public final class ConfigApiTransformer implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "cloud-config-api";
    private static final Logger LOG = Logger.getLogger(ConfigApiTransformer.class.getName());

    private final EmulatorState state;
    private final OperationTable operations;
    private final Authenticator authenticator;
    private final ResponseRenderer renderer = new ResponseRenderer();

    public ConfigApiTransformer(EmulatorState state, OperationTable operations) {
        this.state = state;
        this.operations = operations;
        this.authenticator = new Authenticator(state.accounts(), state.nonces(), state.timestampTolerance());
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
        String requestId = RequestIds.next();
        ResponseFormat format = ApiRequest.lenientFormat(request);
        try {
            ApiRequest apiRequest = ApiRequest.parse(request);
            format = ResponseFormat.fromWire(apiRequest.parameter("Format").orElse(null))
                    .orElseThrow(() -> Errors.invalidParameter("Format", "expected JSON or XML"));
            return handle(apiRequest, format, requestId).toDefinition();
        } catch (ApiError error) {
            return renderer.error(error, format, requestId, ApiRequest.hostId(request)).toDefinition();
        } catch (RuntimeException unexpected) {
            LOG.log(Level.SEVERE, "request " + requestId + " failed unexpectedly", unexpected);
            return renderer.error(Errors.INTERNAL_ERROR, format, requestId, ApiRequest.hostId(request)).toDefinition();
        }
    }

    private RenderedResponse handle(ApiRequest request, ResponseFormat format, String requestId) {
        boolean v3 = request.isSignatureV3();
        String action = v3 ? request.header("x-acs-action") : request.parameter("Action").orElse(null);
        String versionName = v3 ? request.header("x-acs-version") : request.parameter("Version").orElse(null);
        if (action == null || action.isEmpty()) {
            throw Errors.missingParameter("Action");
        }
        if (versionName == null || versionName.isEmpty()) {
            throw Errors.missingParameter("Version");
        }
        ApiVersion version = ApiVersion.fromWire(versionName).orElseThrow(() -> Errors.invalidVersion(versionName));
        Operation<?> operation = operations.find(action, version)
                .orElseThrow(() -> Errors.actionNotFound(action, versionName));
        Instant now = state.clock().instant();
        Account account = authenticator.authenticate(request, now);
        operation.permission().check(account);
        Optional<String> fault = state.faults().consume(action, account.accountId());
        if (fault.isPresent()) {
            throw operations.fault(operation.action(), fault.get()).orElseThrow(() -> new IllegalStateException(
                    "armed fault " + fault.get() + " is not documented for " + action));
        }
        OperationCall call = new OperationCall(state, account, request.parameters(), now);
        return renderer.success(action, format, requestId, operation.answer(call));
    }
}
