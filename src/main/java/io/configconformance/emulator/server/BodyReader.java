package io.configconformance.emulator.server;

import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.Errors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import wiremock.jakarta.servlet.AsyncContext;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/** Reads one request's body as it arrives, then hands the request on, or answers the envelope. */
final class BodyReader implements ReadListener {

    private static final ApiError BUSY = new ApiError(503, Errors.SERVICE_UNAVAILABLE.code(),
            Errors.SERVICE_UNAVAILABLE.getMessage() + " The emulator is receiving too many request bodies at once.");

    private final RequestLimits limits;
    private final ScheduledExecutorService timer;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final FilterChain chain;
    private final AsyncContext async;
    private final boolean gzip;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final byte[] chunk = new byte[8192];
    private final AtomicBoolean finished = new AtomicBoolean();
    private final BodyBudget.Reservation reserved;
    private ServletInputStream in;
    private ScheduledFuture<?> deadline;

    BodyReader(RequestLimits limits, BodyBudget budget, ScheduledExecutorService timer, HttpServletRequest request,
               HttpServletResponse response, FilterChain chain, AsyncContext async, boolean gzip) {
        this.limits = limits;
        this.timer = timer;
        this.reserved = budget.reservation();
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
