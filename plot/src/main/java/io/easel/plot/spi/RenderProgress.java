package io.easel.plot.spi;

import java.time.Duration;

/**
 * What a {@link FigureRenderer} tells about an asynchronous render while it runs. The plot module turns these calls
 * into {@link io.easel.plot.RenderEvent}s with times; an implementation only says when its renderer took the figure
 * and, if it knows, how long the renderer itself spent on it. Both may be called from any thread, at most once each,
 * before the render's future completes.
 */
public interface RenderProgress {

    /** The figure reached a renderer that is working on it now (not waiting for a start or a free worker). */
    void started();

    /** The renderer's own time for the figure, layout and encoding, as its reply reports it. */
    default void rendererTime(Duration time) {
    }
}
