package io.easel.notebook;

import io.easel.notebook.spi.LiveDisplay;
import io.easel.notebook.spi.NotebookBackend;

/**
 * An output that code keeps changing while it runs: a figure that follows a simulation, a counter, a table.
 *
 * <pre>{@code
 * Live live = Live.show(Plot.line(xs, ys));
 * for (int step = 0; step < 1000; step++) {
 *     simulate(ys);
 *     live.update(Plot.line(xs, ys).title("step " + step));
 * }
 * }</pre>
 *
 * <p>{@link #update} only records the newest value and returns at once (microseconds): the computation never waits
 * for drawing. At most one frame is being drawn at a time; when it is done, the newest value recorded meanwhile is
 * drawn next and every one in between is dropped, so a fast loop is never held back by a slow renderer, and the
 * output always ends as the last update: the kernel draws it before the cell's reply, so a saved notebook, an
 * nbconvert run and its PDF show the final state. Updates from other threads are fine, also after the cell ended,
 * while the notebook is open.
 */
public final class Live {

    private final LiveDisplay display;

    private Live(LiveDisplay display) {
        this.display = display;
    }

    /** Shows the value now as a new output and returns the live handle that changes it. */
    public static Live show(Object value) {
        return new Live(NotebookBackend.current().live(value));
    }

    /** Makes the value the output's next frame; returns at once. Frames not yet drawn when a newer one comes are dropped. */
    public void update(Object value) {
        display.update(value);
    }

    /** Frames drawn and shown so far. */
    public long renderedFrames() {
        return display.renderedFrames();
    }

    /** Frames replaced by a newer one before they were drawn. */
    public long droppedFrames() {
        return display.droppedFrames();
    }

    /** The display id of the output, as {@link DisplayHandle} has it. */
    public DisplayHandle handle() {
        return new DisplayHandle(display.displayId());
    }

    @Override
    public String toString() {
        return "Live(" + display.displayId() + ": " + renderedFrames() + " frames shown, " + droppedFrames() + " dropped)";
    }
}
