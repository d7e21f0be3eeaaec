package io.easel.rendermanager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/** Time that moves only when a test says so; due timers run in the test's thread, in order. */
final class FakeClock implements RendererClock {
    private record Timer(long due, long order, Runnable task, CompletableFuture<Void> handle) {
    }

    private final List<Timer> timers = new ArrayList<>();
    private long now = 1_000_000_000L;
    private long scheduled;
    private boolean closed;

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized Future<?> schedule(Runnable task, Duration delay) {
        if (closed) {
            throw new RejectedExecutionException("clock closed");
        }
        CompletableFuture<Void> handle = new CompletableFuture<>();
        timers.add(new Timer(now + delay.toNanos(), scheduled++, task, handle));
        return handle;
    }

    /** Moves time on, running every timer that falls due on the way at its own moment. */
    void advance(Duration by) {
        long target;
        synchronized (this) {
            target = now + by.toNanos();
        }
        while (true) {
            Timer next;
            synchronized (this) {
                next = timers.stream().filter(t -> t.due() <= target)
                        .min(Comparator.comparingLong(Timer::due).thenComparingLong(Timer::order)).orElse(null);
                if (next == null) {
                    now = target;
                    return;
                }
                timers.remove(next);
                now = Math.max(now, next.due());
            }
            if (!next.handle().isCancelled()) {
                next.task().run();
                next.handle().complete(null);
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        timers.clear();
    }
}
