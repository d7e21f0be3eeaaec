package io.easel.renderer;

import java.util.concurrent.TimeUnit;

/**
 * Gives memory back once the renderer falls quiet after figures. The serial collector shrinks the heap (down to
 * {@code -XX:MaxHeapFreeRatio} free) only at a full collection, and a burst of figures or one big figure leaves the
 * old generation full of garbage that no young collection frees; one full collection half a second after the last
 * figure, while the user looks at it, returns that memory to the system. It runs once per quiet spell, so an idle
 * renderer costs nothing, and never while a figure is in flight.
 */
final class IdleTrim {
    static final long QUIET_MILLIS = 500;
    private static final long POLL_MILLIS = 100;

    private final RendererCounters counters;
    private long lastFinished;
    private long changedAtNanos = System.nanoTime();
    private boolean trimmed = true; // nothing to give back before the first figure

    IdleTrim(RendererCounters counters) {
        this.counters = counters;
    }

    static void start(RendererCounters counters) {
        IdleTrim trim = new IdleTrim(counters);
        Thread thread = new Thread(trim::run, "easel-renderer-idle-trim");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (true) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            poll(System.nanoTime());
        }
    }

    /** One look at the counters; true when it collected. */
    boolean poll(long nowNanos) {
        long finished = counters.finished();
        if (finished != lastFinished) {
            lastFinished = finished;
            changedAtNanos = nowNanos;
            trimmed = false;
            return false;
        }
        if (trimmed || counters.inFlight() > 0
                || TimeUnit.NANOSECONDS.toMillis(nowNanos - changedAtNanos) < QUIET_MILLIS) {
            return false;
        }
        trimmed = true;
        long before = Runtime.getRuntime().totalMemory();
        System.gc();
        StderrLog.info("quiet after figures: heap " + before / (1024 * 1024) + " MB -> "
                + Runtime.getRuntime().totalMemory() / (1024 * 1024) + " MB committed");
        return true;
    }
}
