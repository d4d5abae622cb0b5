package io.configconformance.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An answer's body read as it arrives and given up at a cap: an endpoint that answers gigabytes (or without end)
 * costs the run at most the cap in memory, and the scenario a one-line reason. A Content-Length beyond the cap is
 * refused before a byte of the body is read.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was larger than the cap: the connection is given up, and the reason names the cap and the option. */
    static final class TooLarge extends IOException {
        TooLarge(long cap) {
            super("the answer is larger than " + cap + " bytes (run --max-answer-bytes); it was not read further");
        }
    }

    private final long cap;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long received;

    private BoundedBody(long cap) {
        this.cap = cap;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long cap) {
        return info -> {
            BoundedBody subscriber = new BoundedBody(cap);
            OptionalLong declared = info.headers().firstValueAsLong("content-length");
            if (declared.isPresent() && declared.getAsLong() > cap) {
                subscriber.result.completeExceptionally(new TooLarge(cap));
            }
            return subscriber;
        };
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (result.isDone()) {
            subscription.cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            received += buffer.remaining();
            if (received > cap) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(cap));
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            body.writeBytes(bytes);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(body.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** The cap's own reason when the exchange ended at the cap, however the client wrapped it; else null. */
    static TooLarge cause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
