package io.easel.kernel.outputs;

import io.easel.kernel.session.ThreadGroups;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The outputs being drawn in the background, so that drawing never holds the computation back: {@code display(fig)}
 * returns at once, live figures drop stale frames, and a cell's reply waits until the last frame of each of its
 * outputs is out (Jupyter clients drop what comes after the reply, so only then is the saved notebook complete).
 *
 * <p>An output first appears as a placeholder at its place in the cell, and its drawn frames replace it there
 * (update_display_data on its display id), which keeps it in the order the cell displayed it relative to the cell's
 * other outputs. Drawing runs on two threads: the renderer process draws two figures at once.
 */
public final class BackgroundDisplays implements AutoCloseable {

    /** How long a reply waits for one output's frame after an interrupt before leaving it to arrive later. */
    private static final long INTERRUPTED_WAIT_MILLIS = 2_000;
    private static final int DRAWERS = 2;

    private final Map<String, DisplaySlot> slots = new ConcurrentHashMap<>();
    private final AtomicInteger drawerNumbers = new AtomicInteger();
    /** The kernel's group: drawing threads start when a cell first displays, but they belong to no cell. */
    private final ThreadGroup kernelThreads = Thread.currentThread().getThreadGroup();
    /** Scheduled, because a live output's next preview may start a little later (DisplaySlot's frame interval). */
    private final ScheduledExecutorService drawers = new ScheduledThreadPoolExecutor(DRAWERS, r -> {
        Thread t = new Thread(kernelThreads, r, "easel-display-" + drawerNumbers.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private volatile RunningCell running;
    private volatile boolean interrupted;

    /** A cell starts: its outputs are created, and waited for, from now on. */
    public void begin(RunningCell cell) {
        interrupted = false;
        running = cell;
    }

    /** The cell that runs now, or null between cells. */
    public RunningCell running() {
        return running;
    }

    /**
     * A new output drawn in the background, owned by the running cell.
     *
     * @param draw turns a value into the output's display data; runs on a drawing thread
     */
    public DisplaySlot create(String displayId, Function<Object, DisplayData> draw) {
        return create(displayId, draw, null);
    }

    /**
     * A new live output: while its cell runs, frames are drawn with {@code preview}, lighter than the full
     * {@code draw}; the cell's last value is drawn in full before the reply.
     */
    public DisplaySlot createLive(String displayId, Function<Object, DisplayData> draw,
                                  Function<Object, DisplayData> preview) {
        return create(displayId, draw, preview);
    }

    private DisplaySlot create(String displayId, Function<Object, DisplayData> draw,
                               Function<Object, DisplayData> preview) {
        RunningCell cell = running;
        if (cell == null) {
            throw new IllegalStateException("A new output can only be shown while a cell runs: a thread that outlived"
                    + " its cell can update an output the cell created (Live.update, updateDisplay), not add one.");
        }
        DisplaySlot slot = new DisplaySlot(displayId, cell, draw, preview, drawers, this);
        slots.put(displayId, slot);
        return slot;
    }

    /** The output of that display id if it is one of these, else null. */
    public DisplaySlot find(String displayId) {
        return slots.get(displayId);
    }

    /**
     * An update from the running cell's code moves the output onto that cell: its frames are published on the
     * cell's request, and its reply waits for them. Updates from a thread an earlier cell left running stay with
     * the output's own cell, so they never land in the running cell's output.
     */
    void claim(DisplaySlot slot) {
        RunningCell cell = running;
        if (cell == null || slot.cell() == cell) {
            return;
        }
        if (ThreadGroups.within(Thread.currentThread(), cell.threads())) {
            slot.moveTo(cell);
            slots.put(slot.displayId(), slot); // a finished cell's output, updated again: this cell now waits for it
        }
    }

    /**
     * Waits until every output of the cell has its last frame out, then forgets the finished ones (a later
     * {@code updateDisplay} of such an id starts a new slot). After an interrupt, frames not yet started are dropped
     * and the ones being drawn get a short while.
     *
     * @return why outputs of the cell could not be drawn, one message each; empty when all were
     */
    public List<String> finish(RunningCell cell) {
        List<DisplaySlot> mine = new ArrayList<>();
        for (DisplaySlot slot : slots.values()) {
            if (slot.cell() == cell) {
                mine.add(slot);
            }
        }
        boolean wasInterrupted = false;
        for (DisplaySlot slot : mine) {
            try {
                awaitIdle(slot, mine);
                if (!interrupted && slot.startFinalFrame()) {
                    awaitIdle(slot, mine);
                }
            } catch (InterruptedException e) {
                wasInterrupted = true;
            }
        }
        List<String> failures = new ArrayList<>();
        for (DisplaySlot slot : mine) {
            slot.resume();
            slots.remove(slot.displayId(), slot);
            if (slot.failure() != null) {
                failures.add(slot.failure());
            }
        }
        running = null;
        if (wasInterrupted) {
            Thread.currentThread().interrupt();
        }
        return failures;
    }

    private void awaitIdle(DisplaySlot slot, List<DisplaySlot> mine) throws InterruptedException {
        while (!slot.awaitIdle(100)) {
            if (interrupted) {
                mine.forEach(DisplaySlot::interrupt);
                slot.awaitIdle(INTERRUPTED_WAIT_MILLIS);
                return;
            }
        }
    }

    /** The user interrupted: the running cell stops waiting for frames that have not started. */
    public void interrupt() {
        interrupted = true;
        RunningCell cell = running;
        if (cell != null) {
            for (DisplaySlot slot : slots.values()) {
                if (slot.cell() == cell) {
                    slot.interrupt();
                }
            }
        }
    }

    @Override
    public void close() {
        drawers.shutdownNow();
    }
}
