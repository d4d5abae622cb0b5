package io.configconformance.restassured;

import io.configconformance.client.ConfigClient;
import io.configconformance.client.Credentials;
import io.configconformance.client.ParameterPlacement;
import io.configconformance.client.SignedRequest;
import io.configconformance.client.Signer;
import io.configconformance.report.SentSecrets;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A REST Assured filter that signs Alibaba Cloud RPC requests, as the official SDKs do, with the suite's signer
 * ({@link Signer}; PROTOCOL.md): write the request with its operation parameters and {@code Action}, {@code Version}
 * (and optionally {@code Format}) as query or form parameters, and the filter adds the common parameters or headers
 * and the signature.
 * <ul>
 *   <li>{@link #v1}: HMAC-SHA1. A GET carries every parameter in the query; a POST in a form body.</li>
 *   <li>{@link #v3}: ACS3-HMAC-SHA256, the official SDKs' default. A POST with the parameters in a form body and
 *       action, version, date, nonce and signature in {@code x-acs-*} headers and {@code Authorization}.</li>
 * </ul>
 * Immutable but for its {@link #secrets()}; one instance may serve many requests and threads. docs/EMBEDDING.md.
 */
public final class RpcSigningFilter implements Filter {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    /** The signature versions the filter can sign with. */
    public enum Version { V1, V3 }

    private final Version version;
    private final Signer signer;
    private final SentSecrets secrets;

    private RpcSigningFilter(Version version, Signer signer, SentSecrets secrets) {
        this.version = version;
        this.signer = signer;
        this.secrets = secrets;
    }

    private RpcSigningFilter(Version version, Signer signer) {
        this(version, signer, new SentSecrets());
    }

    /** Signature V1 (HMAC-SHA1) with these credentials, the system clock and a random nonce per request. */
    public static RpcSigningFilter v1(Credentials credentials) {
        return new RpcSigningFilter(Version.V1, Signer.of(credentials));
    }

    /** Signature V3 (ACS3-HMAC-SHA256) with these credentials, the system clock and a random nonce per request. */
    public static RpcSigningFilter v3(Credentials credentials) {
        return new RpcSigningFilter(Version.V3, Signer.of(credentials));
    }

    /** As {@link #v1} or {@link #v3} with an AccessKey pair. */
    public static RpcSigningFilter of(Version version, String accessKeyId, String accessKeySecret) {
        return new RpcSigningFilter(version, Signer.of(Credentials.of(accessKeyId, accessKeySecret)));
    }

    /** The same filter reading the time of its Timestamp or x-acs-date from this clock. */
    public RpcSigningFilter withClock(Clock clock) {
        return new RpcSigningFilter(version, signer.withClock(clock), secrets);
    }

    /** The same filter taking each request's SignatureNonce from this source (a fresh value per request). */
    public RpcSigningFilter withNonceSource(Supplier<String> nonces) {
        return new RpcSigningFilter(version, signer.withNonceSource(nonces), secrets);
    }

    /**
     * The secrets this filter (and the filters made from it) has signed with and the signatures it made, the newest
     * {@value SentSecrets#SIGNATURES_A_GENERATION} at least: mask a line of yours with
     * {@code Redactor.redact(line, filter.secrets())}.
     */
    public SentSecrets secrets() {
        return secrets;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        Map<String, String> parameters = takeParameters(request);
        String action = required(parameters.remove("Action"), "Action");
        String apiVersion = required(parameters.remove("Version"), "Version");
        String format = parameters.containsKey("Format") ? parameters.remove("Format") : "JSON";
        String method = request.getMethod();
        if (version == Version.V3) {
            if (!method.equals("POST")) {
                throw new IllegalArgumentException("a V3 request is a POST (the parameters travel in a form body), "
                        + "not a " + method);
            }
            SignedRequest signed = signed(signer.v3(ConfigClient.authority(URI.create(request.getURI())), action,
                    apiVersion, format, parameters));
            signed.headers().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-type")) {
                    request.replaceHeader(name, value);
                }
            });
            setBody(request, signed.body(), signed.headers().get("content-type"));
        } else if (method.equals("POST")) {
            setBody(request, signed(signer.v1(ParameterPlacement.FORM, action, apiVersion, format, parameters)).body(),
                    FORM);
        } else {
            String query = signed(signer.v1(ParameterPlacement.QUERY, action, apiVersion, format, parameters))
                    .pathAndQuery().substring("/?".length());
            // Sent as the signer encoded it (RFC 3986): REST Assured would leave a '+' of the Base64 signature
            // unencoded, and the service would read it as a space.
            request.urlEncodingEnabled(false);
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                request.queryParam(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return context.next(request, response);
    }

    /** The request, its secrets registered before it leaves. */
    private SignedRequest signed(SignedRequest request) {
        request.registerInto(secrets);
        return request;
    }

    /** Every query and form parameter of the request, taken out of it: the filter puts back what it signed. */
    private static Map<String, String> takeParameters(FilterableRequestSpecification request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        collect(parameters, request.getRequestParams());
        collect(parameters, request.getQueryParams());
        collect(parameters, request.getFormParams());
        parameters.keySet().forEach(name -> {
            request.removeParam(name);
            request.removeQueryParam(name);
            request.removeFormParam(name);
        });
        return parameters;
    }

    private static void collect(Map<String, String> into, Map<String, ?> parameters) {
        parameters.forEach((name, value) -> {
            if (into.putIfAbsent(name, String.valueOf(value)) != null) {
                throw new IllegalArgumentException("the parameter " + name + " is given more than once");
            }
        });
    }

    /**
     * The form body exactly as signed (percent-encoded ASCII, which REST Assured sends as it is), with the content
     * type as signed: V3 signs the Content-Type header, so REST Assured must not add a charset to it.
     */
    private static void setBody(FilterableRequestSpecification request, byte[] body, String contentType) {
        if (body != null) {
            RestAssuredConfig config = request.getConfig();
            request.config(config.encoderConfig(config.getEncoderConfig()
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
            request.contentType(contentType);
            request.body(new String(body, StandardCharsets.US_ASCII));
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("an RPC request needs the " + name + " parameter");
        }
        return value;
    }
}
