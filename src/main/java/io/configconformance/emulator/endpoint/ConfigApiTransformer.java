package io.configconformance.emulator.endpoint;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.configconformance.emulator.EmulatorState;
import io.configconformance.emulator.Timings;
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
import io.configconformance.emulator.gateway.TimedResponse;
import io.configconformance.emulator.state.Account;
import io.configconformance.emulator.state.Fault;
import io.configconformance.protocol.ApiVersion;
import io.configconformance.protocol.ResponseFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Cloud Config RPC endpoint: every request that is not for the control API comes here. The order of checks
 * follows the gateway: parameters and format, action and version, signature, the caller's rate limit
 * (Throttling.User), then the operation's permission rule, then any injected fault, then the operation. Every failure
 * leaves as the documented error envelope, never as a stack trace. Every answer waits the latency set for the caller's
 * account (the emulator's own before the caller is known), plus an injected fault's delay.
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
        TimedResponse answer = answer(request.getMethod().getName(), request.getUrl(), request::getHeader,
                request.getBody());
        return answer.response().toDefinition(answer.delay());
    }

    /**
     * The answer to one request, from its parts (method, URL as sent, header by case-insensitive name, inflated body):
     * what {@link #transform} returns through WireMock, and what the server sends itself when it hands the request
     * over before WireMock (docs/DECISIONS.md, D6), so both routes answer alike.
     */
    public TimedResponse answer(String method, String url, UnaryOperator<String> headers, byte[] body) {
        String requestId = RequestIds.next();
        ResponseFormat format = ApiRequest.lenientFormat(url);
        Delay delay = new Delay(state.timings().latency());
        try {
            ApiRequest apiRequest = ApiRequest.parse(method, url, headers, body);
            format = ResponseFormat.fromWire(apiRequest.parameter("Format").orElse(null))
                    .orElseThrow(() -> Errors.invalidParameter("Format", "expected JSON or XML"));
            return new TimedResponse(handle(apiRequest, format, requestId, delay), delay.total);
        } catch (ApiError error) {
            return new TimedResponse(renderer.error(error, format, requestId,
                    ApiRequest.hostId(headers.apply("Host"))), delay.total);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.SEVERE, "request " + requestId + " failed unexpectedly", unexpected);
            return new TimedResponse(renderer.error(Errors.INTERNAL_ERROR, format, requestId,
                    ApiRequest.hostId(headers.apply("Host"))), delay.total);
        }
    }

    /** How long this answer waits: the latency of whoever asked, and an injected fault's delay. */
    private static final class Delay {
        private Duration total;

        Delay(Duration latency) {
            total = latency;
        }
    }

    private RenderedResponse handle(ApiRequest request, ResponseFormat format, String requestId, Delay delay) {
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
        Account account = authenticator.authenticate(request, now, caller -> {
            Timings timings = state.timings(caller.accountId());
            delay.total = timings.latency();
            if (!state.rates().admit(caller.accessKeyId(), timings.rateLimit(), System.nanoTime())) {
                throw Errors.THROTTLING_USER; // before the nonce is used: the same request may be sent again
            }
        });
        operation.permission().check(account);
        Optional<Fault> fault = state.faults().consume(action, account.accountId());
        if (fault.isPresent()) {
            delay.total = delay.total.plus(fault.get().delay());
            String code = fault.get().code();
            if (code != null) {
                throw operations.fault(operation.action(), code).or(() -> Errors.gatewayFault(code))
                        .orElseThrow(() -> new IllegalStateException("armed fault " + code + " is not known for "
                                + action));
            }
        }
        OperationCall call = new OperationCall(state, account, request.parameters(), now);
        return renderer.success(action, format, requestId, operation.answer(call));
    }
}
