package io.easel.renderer.engine;

/**
 * Size caps the engine enforces before it allocates anything.
 *
 * @param maxPixels  largest raster output allowed, in device pixels after scale (width x height)
 * @param maxCssSize largest figure side allowed, in CSS pixels
 */
public record RenderLimits(long maxPixels, double maxCssSize) {
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;
    public static final double DEFAULT_MAX_CSS_SIZE = 20_000;

    public RenderLimits {
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("maxPixels must be positive, got " + maxPixels);
        }
        if (!(maxCssSize > 0) || Double.isInfinite(maxCssSize)) {
            throw new IllegalArgumentException("maxCssSize must be a positive number, got " + maxCssSize);
        }
    }

    public static RenderLimits defaults() {
        return new RenderLimits(DEFAULT_MAX_PIXELS, DEFAULT_MAX_CSS_SIZE);
    }
}
