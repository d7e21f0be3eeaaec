package io.easel.rendermanager;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The real clock: {@link System#nanoTime()} and one daemon timer thread. */
final class SystemRendererClock implements RendererClock {
    private final ScheduledThreadPoolExecutor timers;

    SystemRendererClock() {
        timers = new ScheduledThreadPoolExecutor(1, DaemonThreads.named("easel-renderer-timer"));
        timers.setRemoveOnCancelPolicy(true);
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Future<?> schedule(Runnable task, Duration delay) {
        return timers.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }
}
