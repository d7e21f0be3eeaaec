package io.easel.kernel;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gives the kernel's heap back once a cell has ended and the kernel stays quiet. The kernel's JVM starts with a heap
 * large enough for JShell's start (javac fills a small one many times over: with 32 MB it collected twenty times,
 * four of them full collections, before the first figure), and the serial collector shrinks the heap, to
 * {@code -XX:MaxHeapFreeRatio} free, only at a full collection, which a kernel between cells otherwise never makes.
 * One full collection half a second after a cell, while the user reads its output, returns that memory (all of it
 * at once because install.py gives the kernel {@code -XX:-ShrinkHeapInSteps}; by default the serial collector gives
 * back nothing of the excess at the first full collection); a run of cells back to back (nbconvert) makes none until
 * it pauses.
 */
final class IdleCollection implements AutoCloseable {
    static final long QUIET_MILLIS = 500;

    private final ScheduledExecutorService timer = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "easel-idle-collection");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong cells = new AtomicLong();
    private final Runnable collector;
    private volatile boolean running;

    IdleCollection() {
        this(System::gc);
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

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
