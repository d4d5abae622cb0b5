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
import java.util.function.BiFunction;

/**
 * A loopback proxy in front of an emulator that changes the API's answers, for tests that put the suite in front of
 * an endpoint that is not quite the emulator. The control API is passed through untouched, or hidden (a 404 HTML
 * page) so that the suite can only verify the endpoint as a real service.
 */
public final class ChangingProxy {

    private ChangingProxy() {
    }

    /** A started proxy; the caller stops it. */
    public static WireMockServer start(URI emulator, BiFunction<Request, Response, Response> change,
                                       boolean controlApi) {
        WireMockServer proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .preserveHostHeader(true).disableRequestJournal().extensions(new ResponseTransformerV2() {
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
