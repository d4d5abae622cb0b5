package io.configconformance.emulator.control;

import com.github.tomakehurst.wiremock.http.Request;
import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.Errors;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who may use the control API, which hands out every account's credentials and can reset the emulator (docs/EMULATOR.md,
 * "Security"). A web page the user visits must not reach it: a request that changes something must say it is JSON
 * (a page can send text/plain across sites without asking), an Origin header must be the emulator's own, and the Host
 * header must name one of the emulator's own addresses, which defeats DNS rebinding. When the emulator listens on
 * anything but loopback, every request also needs the control token ({@code Authorization: Bearer <token>}).
 */
final class ControlGuard {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> ownHosts;
    private final byte[] token;

    /**
     * @param bindAddress the address the emulator listens on
     * @param token       the token every request must carry, or null for none
     */
    ControlGuard(String bindAddress, String token) {
        this.ownHosts = ownHosts(bindAddress);
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void check(Request request) {
        String host = request.getHeader("Host");
        if (host == null || !isOwnHost(host.trim().toLowerCase(Locale.ROOT))) {
            throw refused("the Host header does not name this emulator's address");
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.trim().equalsIgnoreCase("http://" + host.trim())) {
            throw refused("requests from another origin (" + abbreviate(origin) + ") are not accepted");
        }
        String method = request.getMethod().getName();
        String contentType = request.getHeader("Content-Type");
        if (!method.equals("GET") && !method.equals("HEAD") && (contentType == null
                || !contentType.trim().toLowerCase(Locale.ROOT).startsWith("application/json"))) {
            throw refused("a " + method + " needs Content-Type: application/json");
        }
        if (token != null && !tokenMatches(request.getHeader("Authorization"))) {
            throw new ApiError(401, "Forbidden.ControlApi", "The emulator control API refused the request: it needs "
                    + "the control token printed at start-up, as Authorization: Bearer <token>");
        }
    }

    /** The name in Host, whatever the port: a proxy in front of the emulator may keep the Host its client sent. */
    private boolean isOwnHost(String host) {
        int colon = host.lastIndexOf(':');
        return ownHosts.contains(colon > host.lastIndexOf(']') ? host.substring(0, colon) : host);
    }

    private boolean tokenMatches(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(token, authorization.substring("Bearer ".length()).trim()
                .getBytes(StandardCharsets.UTF_8));
    }

    private static ApiError refused(String why) {
        return Errors.controlForbidden(why);
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "...";
    }

    /** The names a client may give in Host: loopback's, the bound address and, bound to all, this machine's. */
    private static Set<String> ownHosts(String bindAddress) {
        Set<String> hosts = new HashSet<>(LOOPBACK_NAMES);
        hosts.add(literal(bindAddress));
        try {
            InetAddress bound = InetAddress.getByName(bindAddress);
            if (bound.isAnyLocalAddress()) {
                for (NetworkInterface networkInterface : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    Collections.list(networkInterface.getInetAddresses())
                            .forEach(address -> hosts.add(literal(address.getHostAddress().split("%")[0])));
                }
            }
            if (!bound.isLoopbackAddress()) {
                InetAddress local = InetAddress.getLocalHost();
                hosts.add(local.getHostName().toLowerCase(Locale.ROOT));
                hosts.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
            }
        } catch (UnknownHostException | SocketException e) {
            // the loopback names and the bound address stay allowed
        }
        return Set.copyOf(hosts);
    }

    private static String literal(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        return lower.contains(":") && !lower.startsWith("[") ? "[" + lower + "]" : lower;
    }
}
