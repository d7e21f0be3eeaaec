package io.easel.rendermanager;

import java.time.Duration;
import java.util.concurrent.Future;

/**
 * Time as the supervisor sees it: a monotonic reading and one-shot timers. Every lifecycle deadline (restart
 * backoff, idle stop, hang kill) goes through this, so a test can move time on and watch each transition without
 * waiting for it or launching a JVM.
 */
interface RendererClock extends AutoCloseable {
    /** A monotonic reading in nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Runs the task once after the delay, on a thread of the clock's choosing; cancelling the future drops it. */
    Future<?> schedule(Runnable task, Duration delay);

    /** Drops every pending task; a later {@link #schedule} throws a {@code RejectedExecutionException}. */
    @Override
    void close();
}
