package io.easel.renderer;

import io.easel.protocol.RendererStats;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the renderer has done since it started; read by the stats message. */
final class RendererCounters {
    private final long startNanos = System.nanoTime();
    private final AtomicLong renders = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong cancelled = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong finished = new AtomicLong();

    long uptimeMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    void rendered() {
        renders.incrementAndGet();
    }

    void failed() {
        errors.incrementAndGet();
    }

    void timedOut() {
        timeouts.incrementAndGet();
        errors.incrementAndGet();
    }

    void cancelled() {
        cancelled.incrementAndGet();
    }

    /** Returns the new count, so callers can log the first few and then only now and then. */
    long dropped() {
        return dropped.incrementAndGet();
    }

    long malformed() {
        return malformed.incrementAndGet();
    }

    long refused() {
        return refused.incrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }

    int received() {
        return inFlight.incrementAndGet();
    }

    void answered() {
        inFlight.decrementAndGet();
        finished.incrementAndGet();
    }

    /**
     * The warm-up render is done: work like a figure's, whose heap the idle trim should give back (a renderer
     * replaced after 1,000 figures, or prestarted with the kernel, held its warm-up's heap until a first figure).
     */
    void warmedUp() {
        finished.incrementAndGet();
    }

    /** Requests done so far, whatever their outcome, and the warm-up: it changes whenever the renderer has worked. */
    long finished() {
        return finished.get();
    }

    RendererStats snapshot(int workers) {
        Runtime runtime = Runtime.getRuntime();
        return new RendererStats(ProcessHandle.current().pid(), uptimeMillis(), renders.get(), errors.get(),
                timeouts.get(), cancelled.get(), dropped.get(), malformed.get(), ProcessMemory.rssBytes(),
                runtime.totalMemory() - runtime.freeMemory(), runtime.maxMemory(), workers, inFlight.get(),
                refused.get());
    }
}
