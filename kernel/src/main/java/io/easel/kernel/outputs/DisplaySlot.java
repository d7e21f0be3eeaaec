package io.easel.kernel.outputs;

import io.easel.notebook.spi.LiveDisplay;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One output whose content is drawn in the background: a displayed figure, or a {@link io.easel.notebook.Live}.
 *
 * <p>It holds at most one value waiting to be drawn and draws at most one at a time. A value that arrives while
 * another waits replaces it (a dropped frame); when a drawing finishes, the newest waiting value goes next. So an
 * update costs a pointer swap, a loop that updates faster than the renderer draws skips intermediate states instead
 * of queueing them, and the output always ends as the last update.
 *
 * <p>A live figure (one with a {@code preview}) is lighter on the machine while its cell runs, because the renderer
 * and the kernel's publishing share the two cores with the computation the figure follows: its frames are drawn as
 * the preview (the PNG alone, not the whole bundle) and start at most every {@link #MIN_FRAME_INTERVAL_MILLIS} ms
 * (20 frames a second is smooth to the eye, and the values skipped meanwhile are dropped, not queued). When the
 * cell ends, the last value is drawn once more as the full bundle, so the saved notebook and its PDF have every
 * format of the final state.
 */
public final class DisplaySlot implements LiveDisplay {

    private static final Logger LOG = LoggerFactory.getLogger(DisplaySlot.class);
    private static final Object NOTHING = new Object();
    /** The least time between the starts of two preview frames of one live output. */
    static final long MIN_FRAME_INTERVAL_MILLIS = 50;

    private final String id;
    private final Function<Object, DisplayData> draw;
    /** The light drawing of a live output's frames while its cell runs; null for outputs drawn in full always. */
    private final Function<Object, DisplayData> preview;
    private final ScheduledExecutorService drawers;
    private final BackgroundDisplays owner;
    private final AtomicReference<Object> waiting = new AtomicReference<>(NOTHING);
    private final AtomicLong rendered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    /** The cell whose reply waits for this output, and whose request its frames are published on. */
    private volatile RunningCell cell;
    /** Why the last frame drawn failed, or null when it was shown. */
    private volatile String failure;
    /** The thread drawing a frame now, so that an interrupt of the cell can stop the render it waits for. */
    private volatile Thread drawer;
    private volatile boolean interrupted;
    private boolean drawing;
    /** The newest value given, drawn or not. */
    private volatile Object latest = NOTHING;
    /** The value of the frame shown last, and whether it was only the preview. */
    private volatile Object shown = NOTHING;
    private volatile boolean shownAsPreview;
    /** Set when the cell finishes: from then on every frame is the full bundle, started without delay. */
    private volatile boolean finalFrames;
    private volatile long lastStartNanos;

    DisplaySlot(String id, RunningCell cell, Function<Object, DisplayData> draw,
                Function<Object, DisplayData> preview, ScheduledExecutorService drawers, BackgroundDisplays owner) {
        this.id = id;
        this.cell = cell;
        this.draw = draw;
        this.preview = preview;
        this.drawers = drawers;
        this.owner = owner;
        // nanoTime has an arbitrary origin: "one interval ago" lets the first frame start at once
        this.lastStartNanos = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(MIN_FRAME_INTERVAL_MILLIS);
    }

    @Override
    public void update(Object value) {
        owner.claim(this);
        latest = value;
        if (waiting.getAndSet(value) != NOTHING) {
            dropped.incrementAndGet();
        }
        startIfIdle();
    }

    private void startIfIdle() {
        synchronized (this) {
            if (drawing || waiting.get() == NOTHING) {
                return;
            }
            drawing = true;
        }
        long delay = drawsPreviews()
                ? TimeUnit.MILLISECONDS.toNanos(MIN_FRAME_INTERVAL_MILLIS) - (System.nanoTime() - lastStartNanos) : 0;
        if (delay > 0) {
            drawers.schedule(this::drawNext, delay, TimeUnit.NANOSECONDS);
        } else {
            drawers.execute(this::drawNext);
        }
    }

    /** Previews while the cell that owns the output runs; full frames once it finishes, or from a later thread. */
    private boolean drawsPreviews() {
        return preview != null && !finalFrames && owner.running() == cell;
    }

    private void drawNext() {
        Object value = waiting.getAndSet(NOTHING);
        drawer = Thread.currentThread();
        try {
            if (value != NOTHING && !interrupted) {
                lastStartNanos = System.nanoTime();
                boolean light = drawsPreviews();
                publish((light ? preview : draw).apply(value));
                rendered.incrementAndGet();
                failure = null;
                shown = value;
                shownAsPreview = light;
            }
        } catch (Throwable e) {
            if (!interrupted) {
                failure = e.getMessage() == null ? e.toString() : e.getMessage();
                publish(failure(e));
            }
            // an interrupted frame leaves the last one drawn in place: that is the state the user stopped at
        } finally {
            drawer = null;
            Thread.interrupted(); // the pool thread serves other outputs next
            synchronized (this) {
                drawing = false;
                notifyAll();
            }
            startIfIdle();
        }
    }

    /**
     * The cell was interrupted: the frame waiting is dropped, the one being drawn is stopped (its render is
     * cancelled in the renderer), and the output keeps its last drawn frame.
     */
    void interrupt() {
        interrupted = true;
        dropWaiting();
        Thread thread = drawer;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Updates after the interrupt (another cell's, a background thread's) are drawn again. */
    void resume() {
        interrupted = false;
    }

    /**
     * The cell finishes: frames from now on are full bundles, and when the frame shown last was a preview (or not
     * the newest value), the newest value is drawn again in full. Returns whether such a frame was started.
     */
    boolean startFinalFrame() {
        finalFrames = true;
        Object newest = latest;
        if (preview == null || interrupted || failure != null || newest == NOTHING
                || (shown == newest && !shownAsPreview)) {
            return false;
        }
        waiting.compareAndSet(NOTHING, newest);
        startIfIdle();
        return true;
    }

    /** The error takes the figure's place: that is where the user looks for it. */
    private static DisplayData failure(Throwable e) {
        DisplayData data = new DisplayData();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        data.putText(message);
        data.putHTML("<pre style=\"color: #b00020; white-space: pre-wrap\">" + escape(message) + "</pre>");
        return data;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void publish(DisplayData data) {
        data.setDisplayId(id);
        RunningCell target = cell;
        try {
            target.env().getIopub().sendMessage(new Message<>(target.env().getContext(),
                    PublishUpdateDisplayData.MESSAGE_TYPE, new PublishUpdateDisplayData(data)));
        } catch (RuntimeException e) {
            LOG.warn("A frame of display {} could not be published: {}", id, e.toString());
        }
    }

    /** Moves the output's future frames onto the cell now running, whose reply will then wait for them. */
    void moveTo(RunningCell running) {
        cell = running;
        finalFrames = false;
    }

    RunningCell cell() {
        return cell;
    }

    /** Why the output's last frame could not be drawn; null when it was. */
    String failure() {
        return failure;
    }

    /** Drops the frame waiting to be drawn, if any. */
    private void dropWaiting() {
        if (waiting.getAndSet(NOTHING) != NOTHING) {
            dropped.incrementAndGet();
        }
    }

    /** Waits up to the given time for nothing to be drawn or waiting; true when that is so. */
    synchronized boolean awaitIdle(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (drawing || waiting.get() != NOTHING) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    @Override
    public long renderedFrames() {
        return rendered.get();
    }

    @Override
    public long droppedFrames() {
        return dropped.get();
    }

    @Override
    public String displayId() {
        return id;
    }
}
