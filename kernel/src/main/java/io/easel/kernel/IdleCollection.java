package io.easel.kernel;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gives the kernel's heap back once a cell has ended and the kernel stays quiet, so that cells can run with a
 * generous heap. While cells run, install.py's free ratios keep 40-70 % of the heap free: with 10-30 %, a cell that
 * holds 80 MB of arrays at a time collected so often that it took 4 s instead of 1.6 s. Between cells the heap is
 * tightened: one full collection half a second after a cell, while the user reads its output, with the ratios
 * lowered to {@link #IDLE_MIN_FREE}-{@link #IDLE_MAX_FREE} % for it (both can be changed at run time) and restored
 * after it; {@code -XX:-ShrinkHeapInSteps}, also from install.py, makes that one collection give all the excess back
 * (by default the serial collector gives 0 % of it at the first). A run of cells back to back (nbconvert) makes
 * none until it pauses. bench/RESULTS.md, "Kernel start", has the measurements.
 */
final class IdleCollection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IdleCollection.class);
    static final long QUIET_MILLIS = 500;
    static final int IDLE_MIN_FREE = 10;
    static final int IDLE_MAX_FREE = 30;

    private final ScheduledExecutorService timer = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "easel-idle-collection");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong cells = new AtomicLong();
    private final Runnable collector;
    private volatile boolean running;

    IdleCollection() {
        this(IdleCollection::collectTightly);
    }

    IdleCollection(Runnable collector) {
        this.collector = collector;
    }

    void cellStarted() {
        running = true;
        cells.incrementAndGet();
    }

    void cellEnded() {
        running = false;
        long ended = cells.get();
        timer.schedule(() -> {
            if (!running && cells.get() == ended) { // no cell began meanwhile: the spell is still quiet
                collector.run();
            }
        }, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A full collection with the idle free ratios; the cells' ratios are put back after it. */
    static void collectTightly() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        int min = ratio(vm, "MinHeapFreeRatio");
        int max = ratio(vm, "MaxHeapFreeRatio");
        boolean tightened = max > IDLE_MAX_FREE && setRatios(vm, Math.min(min, IDLE_MIN_FREE), IDLE_MAX_FREE);
        try {
            System.gc();
        } finally {
            if (tightened && !setRatios(vm, min, max)) {
                LOG.warn("The heap's free ratios could not be put back to {}-{} % after the idle collection.", min, max);
            }
        }
    }

    private static int ratio(HotSpotDiagnosticMXBean vm, String flag) {
        return Integer.parseInt(vm.getVMOption(flag).getValue());
    }

    /** The JVM keeps min <= max at every step, so which flag moves first depends on the direction. */
    private static boolean setRatios(HotSpotDiagnosticMXBean vm, int min, int max) {
        try {
            if (max < ratio(vm, "MaxHeapFreeRatio")) {
                vm.setVMOption("MinHeapFreeRatio", String.valueOf(min));
                vm.setVMOption("MaxHeapFreeRatio", String.valueOf(max));
            } else {
                vm.setVMOption("MaxHeapFreeRatio", String.valueOf(max));
                vm.setVMOption("MinHeapFreeRatio", String.valueOf(min));
            }
            return true;
        } catch (RuntimeException notManageable) {
            return false; // a JVM without these flags at run time: it collects with the ratios it has
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
