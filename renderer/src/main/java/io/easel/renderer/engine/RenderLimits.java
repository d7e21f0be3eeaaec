package io.easel.renderer.engine;

import io.easel.plot.Figure;

/**
 * Size caps the engine enforces before it allocates anything.
 *
 * @param maxPixels  largest raster output allowed, in device pixels after scale (width x height)
 * @param maxCssSize largest figure side allowed, in CSS pixels (by default a figure's own limit,
 *                   {@link Figure#MAX_SIZE})
 */
public record RenderLimits(long maxPixels, double maxCssSize) {
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

    public RenderLimits {
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("maxPixels must be positive, got " + maxPixels);
        }
        if (!(maxCssSize > 0) || Double.isInfinite(maxCssSize)) {
            throw new IllegalArgumentException("maxCssSize must be a positive number, got " + maxCssSize);
        }
    }

    public static RenderLimits defaults() {
        return new RenderLimits(DEFAULT_MAX_PIXELS, Figure.MAX_SIZE);
    }
}
