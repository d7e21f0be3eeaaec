package io.easel.renderer;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts workers still busy with a request that already timed out. Java cannot stop such a thread, so
 * when every worker is stuck the renderer exits and lets the manager start a fresh one, rather than sit
 * there answering pings while no figure can ever render.
 */
final class StuckWorkers {
    private final int workers;
    private final Runnable onAllStuck;
    private final AtomicInteger stuck = new AtomicInteger();

    StuckWorkers(int workers, Runnable onAllStuck) {
        this.workers = workers;
        this.onAllStuck = onAllStuck;
    }

    void abandoned(String requestId) {
        int now = stuck.incrementAndGet();
        StderrLog.warn("render " + requestId + " is still running after its timeout (" + now + " of " + workers
                + " workers stuck)");
        if (now >= workers) {
            onAllStuck.run();
        }
    }

    void released() {
        stuck.decrementAndGet();
    }

    int count() {
        return stuck.get();
    }
}
