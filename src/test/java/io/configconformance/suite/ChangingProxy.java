package io.configconformance.suite;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback proxy in front of an emulator that changes the API's answers, for tests that put the suite in front of
 * an endpoint that is not quite the emulator. The control API is passed through untouched, or hidden (a 404 HTML
 * page) so that the suite can only verify the endpoint as a real service.
 */
public final class ChangingProxy {

    private static final Pattern V1_SIGNATURE = Pattern.compile("(?:^|[?&])Signature=([^&]+)");
    private static final Pattern V3_SIGNATURE = Pattern.compile("Signature=([0-9a-f]{64})");

    private ChangingProxy() {
    }

    /**
     * The signature a request carries, as signed (V3: the Authorization header's; V1: the query's or the form body's,
     * percent-decoded), for a change that echoes it back.
     */
    public static Optional<String> signature(Request request) {
        String authorization = request.getHeader("Authorization");
        Matcher v3 = V3_SIGNATURE.matcher(authorization == null ? "" : authorization);
        if (v3.find()) {
            return Optional.of(v3.group(1));
        }
        String query = request.getUrl().contains("?") ? request.getUrl().substring(request.getUrl().indexOf('?') + 1)
                : "";
        Matcher v1 = V1_SIGNATURE.matcher(query + "&" + request.getBodyAsString());
        return v1.find() ? Optional.of(URLDecoder.decode(v1.group(1), StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** A started proxy; the caller stops it. */
    public static WireMockServer start(URI emulator, BiFunction<Request, Response, Response> change,
                                       boolean controlApi) {
        // stubRequestLoggingDisabled: else WireMock writes every request and answer out as text for a log that
        // prints only when verbose
        WireMockServer proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .preserveHostHeader(true).disableRequestJournal().stubRequestLoggingDisabled(true)
                .extensions(new ResponseTransformerV2() {
                    @Override
                    public Response transform(Response response, ServeEvent serveEvent) {
                        return change.apply(serveEvent.getRequest(), response);
                    }

                    @Override
                    public boolean applyGlobally() {
                        return false;
                    }

                    @Override
                    public String getName() {
                        return "change";
                    }
                }));
        proxy.start();
        proxy.stubFor(any(urlPathMatching("/__emulator/.*")).atPriority(1).willReturn(controlApi
                ? aResponse().proxiedFrom(emulator.toString())
                : aResponse().withStatus(404).withHeader("Content-Type", "text/html")
                        .withBody("<html><title>Not Found</title></html>")));
        // The emulator is asked for plain answers, so a change works on the text the client will read.
        proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(emulator.toString())
                .withRemoveRequestHeader("Accept-Encoding").withTransformers("change")));
        return proxy;
    }

    /** The answer with another status and body; its length header no longer applies. */
    public static Response replace(Response response, int status, String body) {
        HttpHeaders headers = new HttpHeaders(response.getHeaders().all().stream()
                .filter(header -> !header.keyEquals("Content-Length")).toList());
        return Response.Builder.like(response).but().status(status).headers(headers).body(body).build();
    }
}
