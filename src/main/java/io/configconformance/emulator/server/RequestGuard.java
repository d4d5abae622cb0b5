package io.configconformance.emulator.server;

import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.Errors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import wiremock.jakarta.servlet.AsyncContext;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Everything the emulator checks before a request reaches WireMock, which would otherwise answer a client's mistake
 * with a 500 and a stack trace, or read an unbounded body into memory before anyone has authenticated:
 * <ul>
 *   <li>a query string with a malformed percent-escape ({@code %ZZ}, a lone {@code %});</li>
 *   <li>a Content-Type charset the JVM does not know, a Content-Encoding other than gzip or identity;</li>
 *   <li>a body larger than {@link RequestLimits#maxBodyBytes()} as sent or once inflated, or one that does not arrive
 *       within {@link RequestLimits#bodyReadTimeout()}.</li>
 * </ul>
 * The body is read without holding a thread (servlet non-blocking I/O), so clients that send slowly do not keep
 * others waiting; the request then goes on with its body in memory, inflated, and without the headers that described
 * the encoding, so WireMock neither parses nor inflates it again.
 */
final class RequestGuard implements Filter {

    private static final ApiError BUSY = new ApiError(503, Errors.SERVICE_UNAVAILABLE.code(),
            Errors.SERVICE_UNAVAILABLE.getMessage() + " The emulator is receiving too many request bodies at once.");

    private final RequestLimits limits;
    private final BodyBudget budget;
    private final ScheduledExecutorService timer;

    RequestGuard(RequestLimits limits, BodyBudget budget, ScheduledExecutorService timer) {
        this.limits = limits;
        this.budget = budget;
        this.timer = timer;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        boolean gzip;
        try {
            checkQuery(request.getQueryString());
            checkCharset(request.getHeader("Content-Type"));
            gzip = gzipped(request.getHeader("Content-Encoding"));
            if (request.getContentLengthLong() > limits.maxBodyBytes()) {
                throw Errors.requestTooLarge(limits.maxBodyBytes());
            }
        } catch (ApiError error) {
            EnvelopeWriter.write(request, response, error);
            return;
        }
        if (request.getContentLengthLong() == 0 || request.getContentLengthLong() < 0
                && request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(new BufferedRequest(request, new byte[0]), response);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        new BodyReader(request, response, chain, async, gzip).start();
    }

    private static void checkQuery(String query) {
        if (query != null && !wellFormed(query)) {
            throw Errors.invalidParameter("query string", "it has a malformed percent-escape");
        }
    }

    static boolean wellFormed(String query) {
        for (int i = 0; i < query.length(); i++) {
            if (query.charAt(i) == '%') {
                if (i + 2 >= query.length() || !isHex(query.charAt(i + 1)) || !isHex(query.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static void checkCharset(String contentType) {
        if (contentType == null) {
            return;
        }
        for (String part : contentType.split(";")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                String name = pair[1].trim().replace("\"", "");
                boolean known;
                try {
                    known = Charset.isSupported(name);
                } catch (IllegalArgumentException e) {
                    known = false;
                }
                if (!known) {
                    throw Errors.invalidParameter("Content-Type", "the charset is not one the emulator knows");
                }
            }
        }
    }

    private static boolean gzipped(String contentEncoding) {
        if (contentEncoding == null || contentEncoding.isBlank()
                || contentEncoding.trim().equalsIgnoreCase("identity")) {
            return false;
        }
        if (contentEncoding.trim().toLowerCase(Locale.ROOT).equals("gzip")) {
            return true;
        }
        throw Errors.invalidParameter("Content-Encoding", "expected gzip or identity");
    }

    /** Reads one request's body as it arrives, then hands the request on, or answers the envelope. */
    private final class BodyReader implements ReadListener {

        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final FilterChain chain;
        private final AsyncContext async;
        private final boolean gzip;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] chunk = new byte[8192];
        private final AtomicBoolean finished = new AtomicBoolean();
        private final BodyBudget.Reservation reserved = budget.reservation();
        private ServletInputStream in;
        private ScheduledFuture<?> deadline;

        BodyReader(HttpServletRequest request, HttpServletResponse response, FilterChain chain, AsyncContext async,
                   boolean gzip) {
            this.request = request;
            this.response = response;
            this.chain = chain;
            this.async = async;
            this.gzip = gzip;
        }

        void start() throws IOException {
            deadline = timer.schedule(() -> fail(Errors.requestTimeout("the body took longer than "
                    + limits.bodyReadTimeout().toSeconds() + " s")), limits.bodyReadTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
            in = request.getInputStream();
            in.setReadListener(this);
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (!finished.get() && in.isReady()) {
                int read = in.read(chunk);
                if (read < 0) {
                    return;
                }
                if (body.size() + read > limits.maxBodyBytes()) {
                    fail(Errors.requestTooLarge(limits.maxBodyBytes()));
                    return;
                }
                if (!reserve(read)) {
                    return;
                }
                body.write(chunk, 0, read);
            }
        }

        @Override
        public void onAllDataRead() throws IOException {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            deadline.cancel(false);
            try {
                byte[] bytes = gzip ? inflate(body.toByteArray()) : body.toByteArray();
                chain.doFilter(new BufferedRequest(request, bytes), response);
            } catch (ApiError error) {
                EnvelopeWriter.write(request, response, error);
            } catch (ServletException e) {
                throw new IOException(e);
            } finally {
                reserved.release();
                async.complete();
            }
        }

        @Override
        public void onError(Throwable failure) {
            fail(failure instanceof TimeoutException
                    ? Errors.requestTimeout("the client stopped sending for "
                    + limits.idleTimeout().toSeconds() + " s")
                    : Errors.malformedRequest(400, "the body could not be read (a malformed chunk, or the "
                    + "connection ended early)"));
        }

        private boolean reserve(int bytes) {
            if (!reserved.reserve(bytes)) {
                fail(BUSY);
                return false;
            }
            return true;
        }

        private byte[] inflate(byte[] compressed) {
            ByteArrayOutputStream inflated = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try (InputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
                for (int read; (read = gunzip.read(buffer)) >= 0; ) {
                    if (inflated.size() + read > limits.maxBodyBytes()) {
                        throw Errors.requestTooLarge(limits.maxBodyBytes()).withDetail("(once inflated)");
                    }
                    if (!reserved.reserve(read)) {
                        throw BUSY;
                    }
                    inflated.write(buffer, 0, read);
                }
            } catch (IOException e) {
                throw Errors.invalidParameter("body", "Content-Encoding is gzip but the body is not gzip data");
            }
            return inflated.toByteArray();
        }

        private void fail(ApiError error) {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            if (deadline != null) {
                deadline.cancel(false);
            }
            try {
                EnvelopeWriter.write(request, response, error);
            } catch (IOException | RuntimeException ignored) {
                // the client is gone or the connection broken: nothing more can be told
            } finally {
                reserved.release();
                async.complete();
            }
        }
    }
}
