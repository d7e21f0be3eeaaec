package io.easel.renderer;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.ManagementFactory;

import java.util.concurrent.TimeUnit;

/**
 * Gives memory back once the renderer falls quiet after figures. The serial collector shrinks the heap (down to
 * {@code -XX:MaxHeapFreeRatio} free) only at a full collection, and a burst of figures or one big figure leaves the
 * old generation full of garbage that no young collection frees; one full collection half a second after the last
 * figure, while the user looks at it, returns that memory to the system. It runs once per quiet spell, so an idle
 * renderer costs nothing, and never while a figure is in flight.
 *
 * <p>The heap's free ratios are two settings, because one cannot serve both moments: while figures are drawn the
 * renderer runs with generous ones (the manager's defaults, 40-70 % free), since a heap kept tight makes the serial
 * collector run several times per figure (a 100k-point scatter took 2.2 s instead of 0.8 s in the renderer with
 * 10-30 %); for the trim they are tightened to {@link #IDLE_MIN_FREE}-{@link #IDLE_MAX_FREE} % (both flags can be
 * changed at run time), so the collection gives the memory back, and then restored. That one collection gives back
 * all of the excess only because the manager launches the renderer with {@code -XX:-ShrinkHeapInSteps}; by default
 * the serial collector shrinks by 0 %, 10 %, 40 % and 100 % of it at four full collections in a row
 * ({@code IdleTrimRealRendererTest}).
 */
final class IdleTrim {
    static final long QUIET_MILLIS = 500;
    static final int IDLE_MIN_FREE = 10;
    static final int IDLE_MAX_FREE = 30;
    private static final long POLL_MILLIS = 100;

    private final RendererCounters counters;
    private long lastFinished;
    private long changedAtNanos = System.nanoTime();
    private boolean trimmed = true; // nothing to give back before the first figure or the warm-up

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

    /** A full collection with the idle free ratios, the running ones restored afterwards. */
    private static void collectTightly() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = null;
        String max = null;
        try {
            min = vm.getVMOption("MinHeapFreeRatio").getValue();
            max = vm.getVMOption("MaxHeapFreeRatio").getValue();
            if (Integer.parseInt(max) > IDLE_MAX_FREE) { // lower the minimum first: the JVM keeps min <= max
                vm.setVMOption("MinHeapFreeRatio", String.valueOf(Math.min(IDLE_MIN_FREE, Integer.parseInt(min))));
                vm.setVMOption("MaxHeapFreeRatio", String.valueOf(IDLE_MAX_FREE));
            } else {
                min = null; // already tight (the user's choice): nothing to restore
            }
        } catch (RuntimeException cannotChange) {
            min = null; // a JVM without these flags at run time: collect with what it has
        }
        try {
            System.gc();
        } finally {
            if (min != null) {
                try {
                    vm.setVMOption("MaxHeapFreeRatio", max); // raise the maximum first, for the same reason
                    vm.setVMOption("MinHeapFreeRatio", min);
                } catch (RuntimeException cannotChange) {
                    StderrLog.warn("the heap's free ratios could not be restored after a trim: " + cannotChange);
                }
            }
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
        collectTightly();
        StderrLog.info("quiet after figures: heap " + before / (1024 * 1024) + " MB -> "
                + Runtime.getRuntime().totalMemory() / (1024 * 1024) + " MB committed");
        return true;
    }
}
