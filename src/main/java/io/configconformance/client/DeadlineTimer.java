package io.configconformance.client;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread of a transport that ends its exchanges at their read timeout. It starts with the transport's first
 * exchange and stops when the transport closes, so a JVM that ran a run keeps no thread of it; it also ends by itself
 * once no deadline has been pending for {@link #IDLE}, so a transport nobody closes (a client of no run) leaves none
 * behind either, and the next deadline starts it again.
 */
final class DeadlineTimer implements AutoCloseable {

    static final String THREAD_NAME = "http-read-deadline";
    /** Long enough that a run's exchanges, one after another, keep one thread; short beside a JVM's life. */
    private static final Duration IDLE = Duration.ofSeconds(2);
    /** How long close waits for a deadline that is interrupting its sender right now. */
    private static final Duration STOPPING = Duration.ofSeconds(5);

    private ScheduledThreadPoolExecutor executor;
    /** The thread this timer made last, alive or ended: what a test asks of this transport alone. */
    private volatile Thread lastThread;

    /** Runs {@code task} after {@code delay}, unless the returned future is cancelled first. */
    synchronized ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        if (executor == null) {
            executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, THREAD_NAME);
                thread.setDaemon(true);
                lastThread = thread;
                return thread;
            });
            // A cancelled deadline (the answer came in time) leaves the queue at once, so an idle timer is empty.
            executor.setRemoveOnCancelPolicy(true);
            executor.setKeepAliveTime(IDLE.toMillis(), TimeUnit.MILLISECONDS);
            executor.allowCoreThreadTimeOut(true);
        }
        return executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The thread this timer made last, or null before its first deadline. */
    Thread lastThread() {
        return lastThread;
    }

    /** Stops the thread; a deadline still pending can no longer interrupt its sender. */
    @Override
    public void close() {
        ScheduledThreadPoolExecutor stopping;
        synchronized (this) {
            stopping = executor;
            executor = null;
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                stopping.awaitTermination(STOPPING.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
